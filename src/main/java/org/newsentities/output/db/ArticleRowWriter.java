package org.newsentities.output.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DateExpr;
import org.newsentities.model.Keyphrase;
import org.newsentities.model.Mention;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;
import org.newsentities.model.Title;
import org.newsentities.model.Topic;
import org.newsentities.model.UnresolvedTitle;

/**
 * The rows of one article: inserts them table by table, each table as one JDBC batch, inside the
 * caller's transaction. Knows the SQL of the normalized schema and nothing about transactions.
 */
final class ArticleRowWriter {

  private final Dialect dialect;

  ArticleRowWriter(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Deletes an article; its child rows follow by cascade. */
  void delete(Connection c, String id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
      st.setString(1, id);
      st.executeUpdate();
    }
  }

  void insert(Connection c, ArticleDocument d, String contentHash, Instant processedAt)
      throws SQLException {
    insertArticle(c, d, contentHash, processedAt);
    String id = d.id();
    insertEntities(c, id, "people", "person_id",
        d.people().stream().map(p -> new NamedEntity(p.id(), p.name(), List.of())).toList());
    insertEntities(c, id, "organizations", "organization_id", d.organizations());
    insertEntities(c, id, "locations", "location_id", d.locations());
    insertMentions(c, d);
    insertTitles(c, id, d.people());
    insertUnresolved(c, id, d.unresolvedTitles());
    insertDates(c, id, d.dates());
    insertTopics(c, id, d.topics());
    insertKeyphrases(c, id, d.keyphrases());
  }

  private void insertArticle(Connection c, ArticleDocument d, String hash, Instant processedAt)
      throws SQLException {
    try (PreparedStatement st = c.prepareStatement("INSERT INTO articles (id, source, url, "
        + "headline, document_date, document_date_source, dateline, text, content_hash, "
        + "processed_at, schema_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, d.id());
      setOptional(st, 2, d.source());
      setOptional(st, 3, d.url());
      setOptional(st, 4, d.headline());
      dialect.bindDate(st, 5, documentDate(d));
      st.setString(6, d.documentDateSource().jsonName());
      setOptional(st, 7, d.dateline());
      st.setString(8, d.text());
      st.setString(9, hash);
      dialect.bindTimestamp(st, 10, processedAt);
      st.setString(11, d.schemaVersion());
      st.executeUpdate();
    }
  }

  private static Optional<LocalDate> documentDate(ArticleDocument d) {
    try {
      return d.documentDate().map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("documentDate '" + d.documentDate().orElseThrow()
          + "' is not a yyyy-mm-dd date");
    }
  }

  private static void insertEntities(Connection c, String articleId, String table, String idColumn,
      List<NamedEntity> entities) throws SQLException {
    if (entities.isEmpty()) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement("INSERT INTO " + table + " (article_id, "
        + idColumn + ", name) VALUES (?, ?, ?)")) {
      for (NamedEntity e : entities) {
        st.setString(1, articleId);
        st.setString(2, e.id());
        st.setString(3, e.name());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static void insertMentions(Connection c, ArticleDocument d) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("INSERT INTO mentions (article_id, entity_type, "
        + "entity_id, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?)")) {
      int rows = 0;
      for (Person p : d.people()) {
        rows += addMentions(st, d.id(), "person", p.id(), p.mentions());
      }
      for (NamedEntity o : d.organizations()) {
        rows += addMentions(st, d.id(), "organization", o.id(), o.mentions());
      }
      for (NamedEntity l : d.locations()) {
        rows += addMentions(st, d.id(), "location", l.id(), l.mentions());
      }
      if (rows > 0) {
        st.executeBatch();
      }
    }
  }

  private static int addMentions(PreparedStatement st, String articleId, String type,
      String entityId, List<Mention> mentions) throws SQLException {
    for (Mention m : mentions) {
      st.setString(1, articleId);
      st.setString(2, type);
      st.setString(3, entityId);
      st.setInt(4, m.start());
      st.setInt(5, m.end());
      st.setString(6, m.text());
      st.addBatch();
    }
    return mentions.size();
  }

  private static void insertTitles(Connection c, String articleId, List<Person> people)
      throws SQLException {
    if (people.stream().allMatch(p -> p.titles().isEmpty())) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement("INSERT INTO titles (article_id, person_id, ord, "
        + "title, organization, former, text, start_offset, end_offset) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Person p : people) {
        int ord = 0;
        for (Title t : p.titles()) {
          st.setString(1, articleId);
          st.setString(2, p.id());
          st.setInt(3, ord++);
          st.setString(4, t.title());
          setOptional(st, 5, t.organization());
          st.setBoolean(6, t.former());
          st.setString(7, t.text());
          st.setInt(8, t.start());
          st.setInt(9, t.end());
          st.addBatch();
        }
      }
      st.executeBatch();
    }
  }

  private static void insertUnresolved(Connection c, String articleId, List<UnresolvedTitle> titles)
      throws SQLException {
    if (titles.isEmpty()) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement("INSERT INTO unresolved_titles (article_id, ord, "
        + "title, organization, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (UnresolvedTitle t : titles) {
        st.setString(1, articleId);
        st.setInt(2, ord++);
        st.setString(3, t.title());
        setOptional(st, 4, t.organization());
        st.setString(5, t.text());
        st.setInt(6, t.start());
        st.setInt(7, t.end());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static void insertDates(Connection c, String articleId, List<DateExpr> dates)
      throws SQLException {
    if (dates.isEmpty()) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement("INSERT INTO dates (article_id, ord, text, "
        + "start_offset, end_offset, type, value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (DateExpr d : dates) {
        st.setString(1, articleId);
        st.setInt(2, ord++);
        st.setString(3, d.text());
        st.setInt(4, d.start());
        st.setInt(5, d.end());
        st.setString(6, d.type());
        setOptional(st, 7, d.value());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static void insertTopics(Connection c, String articleId, List<Topic> topics)
      throws SQLException {
    if (topics.isEmpty()) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO topics (article_id, code, label, score) VALUES (?, ?, ?, ?)")) {
      for (Topic t : topics) {
        st.setString(1, articleId);
        st.setString(2, t.code());
        st.setString(3, t.label());
        st.setDouble(4, t.score());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static void insertKeyphrases(Connection c, String articleId, List<Keyphrase> phrases)
      throws SQLException {
    if (phrases.isEmpty()) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO keyphrases (article_id, ord, text, score) VALUES (?, ?, ?, ?)")) {
      int ord = 0;
      for (Keyphrase k : phrases) {
        st.setString(1, articleId);
        st.setInt(2, ord++);
        st.setString(3, k.text());
        st.setDouble(4, k.score());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static void setOptional(PreparedStatement st, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      st.setString(index, value.get());
    } else {
      st.setNull(index, Types.VARCHAR);
    }
  }
}
