package org.newsentities.output.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.Person;
import org.newsentities.output.Json;
import org.newsentities.output.db.StoreResult.Status;

/**
 * What every backend must do, run against SQLite ({@code SqliteArticleStoreTest}) and PostgreSQL
 * ({@code PostgresArticleStoreIT}). Each test gets an empty database from {@link #freshDatabase}.
 */
abstract class ArticleStoreContract {

  /** The tables that hold an article's rows, with the column naming the article. */
  static final List<String> ARTICLE_TABLES = List.of("articles", "people", "organizations",
      "locations", "mentions", "titles", "unresolved_titles", "dates", "topics", "keyphrases");

  abstract DatabaseUrl freshDatabase() throws Exception;

  private final MutableClock clock = new MutableClock();

  ArticleStore open(DatabaseUrl url) throws SQLException {
    return ArticleStore.open(url, clock);
  }

  @Test
  void createsTheSchemaOnceAndReopensWithoutMigrating() throws Exception {
    DatabaseUrl url = freshDatabase();
    try (ArticleStore store = open(url); Connection c = url.connect()) {
      assertEquals(SchemaMigrator.migrations(url.dialect()).size(), store.schemaVersion());
      assertEquals(0, SchemaMigrator.migrate(c, url.dialect()).size(), "nothing left to apply");
      assertEquals(1, count(c, "SELECT COUNT(*) FROM schema_history"));
    }
    try (ArticleStore again = open(url); Connection c = url.connect()) {
      assertEquals(1, count(c, "SELECT COUNT(*) FROM schema_history"));
    }
  }

  @Test
  void storesEveryPartOfTheDocument() throws Exception {
    ArticleDocument d = Fixtures.march14();
    DatabaseUrl url = freshDatabase();
    try (ArticleStore store = open(url); Connection c = url.connect()) {
      assertEquals(Status.INSERTED, store.store(d).status());
      assertEquals(List.of(1, 2, 1, 1, 6, 2, 0, 2, 2, 1), rowCounts(c, d.id()));
      assertEquals(List.of("2023-03-14", ContentHash.of(d), ArticleDocument.SCHEMA_VERSION,
          "metadata"), strings(c,
          "SELECT document_date, content_hash, schema_version, document_date_source FROM articles"));
      assertEquals(List.of("Maria Keller", "50", "62", "Keller", "179", "185"), strings(c,
          "SELECT text, start_offset, end_offset FROM mentions WHERE entity_type = 'person' "
              + "AND entity_id = 'p1' ORDER BY start_offset"));
      assertEquals(List.of("finance minister", "NULL", "true"), strings(c,
          "SELECT title, organization, CASE WHEN former THEN 'true' ELSE 'false' END FROM titles "
              + "WHERE person_id = 'p2'"));
    }
  }

  @Test
  void loadingTheSameArticleTwiceChangesNothing() throws Exception {
    ArticleDocument d = Fixtures.march14();
    // as load reads it back from the JSON that extract wrote
    ArticleDocument reread = Json.mapper().readValue(Json.pretty().writeValueAsString(d),
        ArticleDocument.class);
    DatabaseUrl url = freshDatabase();
    try (ArticleStore store = open(url); Connection c = url.connect()) {
      assertEquals(Status.INSERTED, store.store(d).status());
      List<String> before = strings(c, "SELECT processed_at, content_hash FROM articles");
      assertEquals(clock.instant(), processedAt(c, d.id()));
      clock.advance();
      assertEquals(Status.UNCHANGED, store.store(d).status());
      assertEquals(Status.UNCHANGED, store.store(reread).status());
      assertEquals(before, strings(c, "SELECT processed_at, content_hash FROM articles"));
      assertEquals(List.of(1, 2, 1, 1, 6, 2, 0, 2, 2, 1), rowCounts(c, d.id()));
    }
  }

  @Test
  void aChangedArticleReplacesAllItsRows() throws Exception {
    ArticleDocument v1 = Fixtures.march14();
    // the re-extracted article lost Jonas Berg and a date, and Keller gained a second title
    Person keller = v1.people().get(0);
    List<Person> people = List.of(keller.withTitles(List.of(keller.titles().get(0),
        new org.newsentities.model.Title("spokeswoman", java.util.Optional.empty(), false,
            "Keller", 179, 185))));
    ArticleDocument v2 = new ArticleDocument(v1.schemaVersion(), v1.id(), v1.source(), v1.url(),
        v1.headline(), v1.documentDate(), v1.documentDateSource(), v1.dateline(), v1.text(), people,
        v1.organizations(), v1.locations(), v1.dates().subList(0, 1), v1.topics(), v1.keyphrases(),
        v1.unresolvedTitles());
    DatabaseUrl url = freshDatabase();
    try (ArticleStore store = open(url); Connection c = url.connect()) {
      store.store(v1);
      store.store(Fixtures.march28());
      clock.advance();
      assertEquals(Status.REPLACED, store.store(v2).status());
      assertEquals(List.of(1, 1, 1, 1, 5, 2, 0, 1, 2, 1), rowCounts(c, v1.id()));
      assertEquals(0, count(c, "SELECT COUNT(*) FROM people WHERE name = 'Jonas Berg'"));
      assertEquals(List.of(ContentHash.of(v2)),
          strings(c, "SELECT content_hash FROM articles WHERE id = 'fx-001'"));
      assertEquals(clock.instant(), processedAt(c, "fx-001"));
      assertEquals(List.of(1, 2, 2, 0, 4, 1, 1, 0, 2, 1), rowCounts(c, "fx-002"),
          "the other article is untouched");
    }
  }

  @Test
  void aBadArticleIsRolledBackAloneAndRecorded() throws Exception {
    ArticleDocument bad = Fixtures.withDuplicatePersonIds(Fixtures.march28());
    DatabaseUrl url = freshDatabase();
    try (ArticleStore store = open(url); Connection c = url.connect()) {
      List<StoreResult> results = List.of(store.store(Fixtures.march14()), store.store(bad),
          store.store(Fixtures.april2()));
      assertEquals(List.of(Status.INSERTED, Status.FAILED, Status.INSERTED),
          results.stream().map(StoreResult::status).toList());
      String reason = results.get(1).reason().orElseThrow();
      assertTrue(reason.toLowerCase().contains("people") || reason.toLowerCase().contains("unique"),
          "the reason names the violated constraint: " + reason);
      assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), rowCounts(c, bad.id()),
          "no row of the failed article is left");
      assertEquals(List.of(reason), strings(c,
          "SELECT message FROM load_failures WHERE article_id = 'fx-002'"));
      assertEquals(2, count(c, "SELECT COUNT(*) FROM articles"));

      assertEquals(Status.INSERTED, store.store(Fixtures.march28()).status());
      assertEquals(0, count(c, "SELECT COUNT(*) FROM load_failures"), "success clears the record");
    }
  }

  @Test
  void aFailedReplacementKeepsThePreviousVersion() throws Exception {
    ArticleDocument good = Fixtures.march28();
    DatabaseUrl url = freshDatabase();
    try (ArticleStore store = open(url); Connection c = url.connect()) {
      store.store(good);
      List<Integer> before = rowCounts(c, good.id());
      assertTrue(store.store(Fixtures.withDuplicatePersonIds(good)).failed());
      assertEquals(before, rowCounts(c, good.id()));
      assertEquals(List.of(ContentHash.of(good)), strings(c, "SELECT content_hash FROM articles"));
    }
  }

  @Test
  void aMalformedDocumentDateFailsThatArticleWithTheReason() throws Exception {
    ArticleDocument d = Fixtures.april2();
    ArticleDocument bad = new ArticleDocument(d.schemaVersion(), d.id(), d.source(), d.url(),
        d.headline(), java.util.Optional.of("2 April 2023"), d.documentDateSource(), d.dateline(),
        d.text(), d.people(), d.organizations(), d.locations(), d.dates(), d.topics(),
        d.keyphrases(), d.unresolvedTitles());
    try (ArticleStore store = open(freshDatabase())) {
      StoreResult r = store.store(bad);
      assertEquals(Status.FAILED, r.status());
      assertEquals("documentDate '2 April 2023' is not a yyyy-mm-dd date", r.reason().orElseThrow());
    }
  }

  @Test
  void theDocumentedExampleQueriesReturnTheDocumentedRows() throws Exception {
    Map<String, ExampleQueries.Example> examples = ExampleQueries.fromDoc();
    assertEquals(List.of("who-held-which-titles", "articles-mentioning-x-in-march-2023",
        "top-organizations-by-topic"), List.copyOf(examples.keySet()));
    DatabaseUrl url = freshDatabase();
    try (ArticleStore store = open(url); Connection c = url.connect()) {
      Fixtures.all().forEach(store::store);
      List<List<String>> titles = ExampleQueries.run(c, examples.get("who-held-which-titles").sql());
      assertEquals(List.of(
          List.of("Anna Lind", "spokeswoman", "European Commission", "current", "2023-03-28", "fx-002"),
          List.of("Jonas Berg", "finance minister", "NULL", "former", "2023-03-14", "fx-001"),
          List.of("Maria Keller", "chief executive", "Nordwind Energy", "current", "2023-03-14", "fx-001"),
          List.of("Maria Keller", "chief executive", "Nordwind Energy", "former", "2023-04-02", "fx-003")),
          titles);
      List<List<String>> march =
          ExampleQueries.run(c, examples.get("articles-mentioning-x-in-march-2023").sql());
      assertEquals(List.of("fx-001", "fx-002"), march.stream().map(r -> r.get(0)).toList(),
          "fx-003 mentions her too, but in April");
      List<List<String>> top = ExampleQueries.run(c, examples.get("top-organizations-by-topic").sql());
      assertEquals(List.of(
          List.of("economy, business and finance", "Nordwind Energy", "2"),
          List.of("economy, business and finance", "European Commission", "1"),
          List.of("politics", "Nordwind Energy", "3"),
          List.of("politics", "European Commission", "2")), top);
      for (ExampleQueries.Example e : examples.values()) {
        assertEquals(e.documentedRows(), ExampleQueries.run(c, e.sql()),
            "docs/DATABASE.md shows what " + e.name() + " returns");
      }
    }
  }

  @Test
  void concurrentWritersStoreEveryArticle() throws Exception {
    List<ArticleDocument> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ArticleDocument d = Fixtures.all().get(i % 3);
      docs.add(new ArticleDocument(d.schemaVersion(), d.id() + "-" + i, d.source(), d.url(),
          d.headline(), d.documentDate(), d.documentDateSource(), d.dateline(), d.text(),
          d.people(), d.organizations(), d.locations(), d.dates(), d.topics(), d.keyphrases(),
          d.unresolvedTitles()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    DatabaseUrl url = freshDatabase();
    try (ArticleStore store = open(url); Connection c = url.connect()) {
      List<Future<StoreResult>> results = new ArrayList<>();
      for (ArticleDocument d : docs) {
        results.add(pool.submit(() -> store.store(d)));
        results.add(pool.submit(() -> store.store(d))); // the same article from two threads
      }
      int inserted = 0;
      for (Future<StoreResult> f : results) {
        StoreResult r = f.get();
        assertFalse(r.failed(), () -> r.articleId() + ": " + r.reason().orElse(""));
        inserted += r.status() == Status.INSERTED ? 1 : 0;
      }
      assertEquals(40, inserted, "each article inserted once, found unchanged the second time");
      assertEquals(40, count(c, "SELECT COUNT(*) FROM articles"));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Rows per table in {@link #ARTICLE_TABLES} order for one article. */
  static List<Integer> rowCounts(Connection c, String articleId) throws SQLException {
    List<Integer> counts = new ArrayList<>();
    for (String table : ARTICLE_TABLES) {
      String column = table.equals("articles") ? "id" : "article_id";
      try (PreparedStatement st = c.prepareStatement(
          "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
        st.setString(1, articleId);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          counts.add(rs.getInt(1));
        }
      }
    }
    return counts;
  }

  static int count(Connection c, String sql) throws SQLException {
    return Integer.parseInt(strings(c, sql).get(0));
  }

  /** The columns of every row, flattened, as strings ("NULL" for SQL NULL). */
  static List<String> strings(Connection c, String sql) throws SQLException {
    return ExampleQueries.run(c, sql).stream().flatMap(List::stream).toList();
  }

  /** SQLite keeps "2024-01-01T00:00:01Z", PostgreSQL prints "2024-01-01 00:00:01+00". */
  static Instant processedAt(Connection c, String id) throws SQLException {
    String s = strings(c, "SELECT processed_at FROM articles WHERE id = '" + id + "'").get(0);
    if (s.contains("T")) {
      return Instant.parse(s);
    }
    return java.time.OffsetDateTime.parse(s,
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS][XXX][X]"))
        .toInstant();
  }

  /** A clock the tests move forward, to see whether a store rewrote processed_at. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2024-01-01T00:00:00Z");

    void advance() {
      now = now.plusSeconds(1);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
