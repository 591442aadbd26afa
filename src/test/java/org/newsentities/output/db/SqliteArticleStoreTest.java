package org.newsentities.output.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.output.db.StoreResult.Status;

/** The store contract on the embedded default, plus what only a file database can show. */
class SqliteArticleStoreTest extends ArticleStoreContract {

  @TempDir Path dir;
  private int databases;

  @Override
  DatabaseUrl freshDatabase() {
    return DatabaseUrl.sqliteFile(dir.resolve("db" + (++databases) + "/news.db"));
  }

  @Test
  void createsTheFileAndItsDirectory() throws Exception {
    DatabaseUrl url = DatabaseUrl.sqliteFile(dir.resolve("new/sub/news.db"));
    try (ArticleStore store = open(url)) {
      store.store(Fixtures.march14());
    }
    assertTrue(Files.size(dir.resolve("new/sub/news.db")) > 0);
  }

  @Test
  void twoStoresOnOneFileTakeTurns() throws Exception {
    DatabaseUrl url = freshDatabase();
    try (ArticleStore a = open(url); ArticleStore b = open(url)) {
      assertEquals(Status.INSERTED, a.store(Fixtures.march14()).status());
      assertEquals(Status.UNCHANGED, b.store(Fixtures.march14()).status());
      assertEquals(Status.INSERTED, b.store(Fixtures.march28()).status());
    }
  }

  @Test
  void refusesADatabaseWhoseAppliedMigrationWasEdited() throws Exception {
    DatabaseUrl url = freshDatabase();
    open(url).close();
    execute(url, "UPDATE schema_history SET checksum = 'edited' WHERE version = 1");
    SQLException e = assertThrows(SQLException.class, () -> open(url));
    assertEquals("migration V1 was changed after it was applied to this database: restore the "
        + "file, or load into a new database", e.getMessage());
  }

  @Test
  void refusesADatabaseNewerThanThisBuild() throws Exception {
    DatabaseUrl url = freshDatabase();
    open(url).close();
    execute(url, "INSERT INTO schema_history VALUES (99, 'future', 'x', '2099-01-01')");
    SQLException e = assertThrows(SQLException.class, () -> open(url));
    assertTrue(e.getMessage().startsWith("the database schema is at version 99, newer than this "
        + "news-entities"), e.getMessage());
  }

  @Test
  void deletingAnArticleDeletesAllItsRows() throws Exception {
    // SQLite enforces foreign keys (and so the cascade) only when the connection asks for it
    DatabaseUrl url = freshDatabase();
    try (ArticleStore store = open(url); Connection c = url.connect()) {
      store.store(Fixtures.march14());
      try (Statement st = c.createStatement()) {
        st.executeUpdate("DELETE FROM articles WHERE id = 'fx-001'");
      }
      assertEquals(0, count(c, "SELECT (SELECT COUNT(*) FROM people) + (SELECT COUNT(*) FROM "
          + "mentions) + (SELECT COUNT(*) FROM titles) + (SELECT COUNT(*) FROM dates)"));
    }
  }

  private static void execute(DatabaseUrl url, String sql) throws SQLException {
    try (Connection c = url.connect(); Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }
}
