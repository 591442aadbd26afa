package org.newsentities.output.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.cli.Main;
import org.newsentities.model.ArticleDocument;
import org.newsentities.output.db.StoreResult.Status;

/**
 * The store contract against a real PostgreSQL server: {@code NEWS_ENTITIES_TEST_PG_URL}, which
 * {@code .ci/run} sets after starting one with {@code .ci/start-postgres}, else the URL that script
 * prints by default. Each test gets a schema of its own, dropped at the end. Off CI without a
 * server the tests are skipped (with the reason); on CI ({@code CI} set) a missing server fails.
 */
class PostgresArticleStoreIT extends ArticleStoreContract {

  static final String ENV = "NEWS_ENTITIES_TEST_PG_URL";
  static final String DEFAULT_URL =
      "postgresql://newsentities:newsentities@127.0.0.1:5432/newsentities_test";

  private static DatabaseUrl server;
  /** Why the tests are skipped, when they are. */
  private static Optional<String> unavailable = Optional.empty();
  private static final List<String> schemas = new ArrayList<>();

  @TempDir Path dir;

  @BeforeAll
  static void findServer() {
    String spec = Optional.ofNullable(System.getenv(ENV)).orElse(DEFAULT_URL);
    server = DatabaseUrl.parse(spec);
    try (Connection c = server.connect()) {
      c.isValid(5);
    } catch (SQLException e) {
      String why = "no PostgreSQL at " + server.display() + " (" + e.getMessage() + ")";
      if (System.getenv("CI") != null) {
        fail("CI: " + why + "; .ci/run starts one with .ci/start-postgres and sets " + ENV);
      }
      unavailable = Optional.of(why + ": skipping the PostgreSQL tests. Start a server with "
          + "'sudo bash .ci/start-postgres' (Debian), or set " + ENV + " (see docs/DATABASE.md)");
      System.err.println("WARNING: " + unavailable.get());
    }
  }

  @BeforeEach
  void needsServer() {
    Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElseThrow());
  }

  @Override
  DatabaseUrl freshDatabase() throws SQLException {
    String schema = "it_" + Long.toHexString(System.nanoTime()) + "_" + schemas.size();
    try (Connection c = server.connect(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    schemas.add(schema);
    return inSchema(schema);
  }

  private static DatabaseUrl inSchema(String schema) {
    String jdbc = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?")
        + "currentSchema=" + schema;
    return new DatabaseUrl(Dialect.POSTGRESQL, jdbc, server.user(), server.password(),
        server.display() + "?currentSchema=" + schema);
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    if (unavailable.isPresent() || schemas.isEmpty()) {
      return;
    }
    try (Connection c = server.connect(); Statement st = c.createStatement()) {
      for (String schema : schemas) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  @Test
  void textWithANulCharacterFailsThatArticleOnly() throws Exception {
    // PostgreSQL text cannot hold U+0000 (SQLite can): a real-world reason for one article to fail
    ArticleDocument d = Fixtures.april2();
    ArticleDocument withNul = new ArticleDocument(d.schemaVersion(), "nul", d.source(), d.url(),
        d.headline(), d.documentDate(), d.documentDateSource(), d.dateline(), d.text() + "\u0000",
        d.people(), d.organizations(), d.locations(), d.dates(), d.topics(), d.keyphrases(),
        d.unresolvedTitles());
    try (ArticleStore store = open(freshDatabase())) {
      StoreResult r = store.store(withNul);
      assertEquals(Status.FAILED, r.status());
      assertTrue(r.reason().orElseThrow().contains("0x00"), r.reason().orElseThrow());
      assertEquals(Status.INSERTED, store.store(d).status());
    }
  }

  @Test
  void loadCommandTakesAPostgresqlUrl() throws Exception {
    Fixtures.writeAsExtractDoes(dir, Fixtures.all());
    String schema = freshDatabase().jdbcUrl().replaceAll(".*currentSchema=", "");
    String url = Optional.ofNullable(System.getenv(ENV)).orElse(DEFAULT_URL);
    String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run("load", dir.toString(), "--db", withSchema);
    } finally {
      System.setErr(saved);
    }
    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, printed);
    assertTrue(printed.startsWith("3 articles: 3 inserted, 0 replaced, 0 unchanged, 0 failed"), printed);
    assertTrue(printed.contains(":***@"), "the password is masked: " + printed);
    try (Connection c = inSchema(schema).connect()) {
      assertEquals(3, count(c, "SELECT COUNT(*) FROM articles"));
    }
  }
}
