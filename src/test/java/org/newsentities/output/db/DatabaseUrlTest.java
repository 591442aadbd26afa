package org.newsentities.output.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  private static DatabaseUrl parse(String spec) {
    return DatabaseUrl.parse(spec, Optional.empty());
  }

  @Test
  void aPathIsASqliteFile() {
    for (String spec : new String[] {"out/news.db", "sqlite:out/news.db", "jdbc:sqlite:out/news.db"}) {
      DatabaseUrl url = parse(spec);
      assertEquals(Dialect.SQLITE, url.dialect());
      assertEquals("jdbc:sqlite:out/news.db", url.jdbcUrl(), spec);
      assertEquals("sqlite:out/news.db", url.display());
    }
  }

  @Test
  void aPostgresUrlBecomesJdbcWithCredentialsApart() {
    DatabaseUrl url = parse("postgresql://news:s%40cret@db.example:6543/articles?sslmode=require");
    assertEquals(Dialect.POSTGRESQL, url.dialect());
    assertEquals("jdbc:postgresql://db.example:6543/articles?sslmode=require", url.jdbcUrl());
    assertEquals(Optional.of("news"), url.user());
    assertEquals(Optional.of("s@cret"), url.password());
    assertEquals("postgresql://news:***@db.example:6543/articles", url.display());
  }

  @Test
  void portAndHostDefaultAndPasswordComesFromTheEnvironment() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://news@/articles", Optional.of("fromenv"));
    assertEquals("jdbc:postgresql://localhost:5432/articles", url.jdbcUrl());
    assertEquals(Optional.of("fromenv"), url.password());
    assertEquals("postgresql://news@localhost:5432/articles", url.display());
  }

  @Test
  void aJdbcPostgresUrlIsPassedThroughWithItsPasswordMasked() {
    DatabaseUrl url = parse("jdbc:postgresql://h/db?user=u&password=p");
    assertEquals("jdbc:postgresql://h/db?user=u&password=p", url.jdbcUrl());
    assertEquals("jdbc:postgresql://h/db?user=u&password=***", url.display());
  }

  @Test
  void unsupportedOrIncompleteUrlsSayWhatToWrite() {
    assertEquals("unsupported database URL 'mysql://h/db': use a SQLite file path "
        + "(output/news.db) or postgresql://user@host:5432/dbname",
        assertThrows(IllegalArgumentException.class, () -> parse("mysql://h/db")).getMessage());
    assertEquals("PostgreSQL URL 'postgresql://u@h:5432' names no database: "
        + "postgresql://user@host:5432/dbname",
        assertThrows(IllegalArgumentException.class, () -> parse("postgresql://u@h:5432")).getMessage());
  }
}
