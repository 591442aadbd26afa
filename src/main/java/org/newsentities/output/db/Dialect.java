package org.newsentities.output.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * What differs between the two supported databases: where their migrations are, the connection
 * settings, how dates and timestamps are bound, and how concurrent writers are kept apart. Every
 * other statement is the same SQL on both.
 */
public enum Dialect {
  /**
   * Embedded file. One writer at a time, so transactions take the write lock when they begin
   * (IMMEDIATE) instead of failing later on lock upgrade; WAL with synchronous=NORMAL keeps a
   * commit per article cheap and still crash-safe. Foreign keys are off in SQLite unless asked for,
   * and replacing an article relies on their cascade.
   */
  SQLITE("sqlite", Map.of(
      "foreign_keys", "true",
      "journal_mode", "WAL",
      "synchronous", "NORMAL",
      "busy_timeout", "30000",
      "transaction_mode", "IMMEDIATE")),
  /** Server. The driver rewrites a batch of inserts into multi-row INSERTs, one round trip each. */
  POSTGRESQL("postgresql", Map.of(
      "reWriteBatchedInserts", "true",
      "ApplicationName", "news-entities"));

  private final String name;
  private final Map<String, String> connectionProperties;

  Dialect(String name, Map<String, String> connectionProperties) {
    this.name = name;
    this.connectionProperties = connectionProperties;
  }

  /** The short name used in URLs, messages and the migration folder. */
  public String shortName() {
    return name;
  }

  /** Classpath folder of this dialect's versioned SQL files. */
  String migrationFolder() {
    return "db/migration/" + name;
  }

  Map<String, String> connectionProperties() {
    return connectionProperties;
  }

  /**
   * A statement that serializes writers of the same article (or, with key 0, of the schema) for the
   * rest of the transaction. SQLite needs none: its IMMEDIATE transactions already exclude each
   * other.
   */
  Optional<String> transactionLockSql() {
    return this == POSTGRESQL ? Optional.of("SELECT pg_advisory_xact_lock(?)") : Optional.empty();
  }

  /** SQLite has no date type; ISO text sorts and compares like a date. */
  void bindDate(PreparedStatement st, int index, Optional<LocalDate> date) throws SQLException {
    if (date.isEmpty()) {
      st.setNull(index, this == POSTGRESQL ? java.sql.Types.DATE : java.sql.Types.VARCHAR);
    } else if (this == POSTGRESQL) {
      st.setObject(index, date.get());
    } else {
      st.setString(index, date.get().toString());
    }
  }

  void bindTimestamp(PreparedStatement st, int index, Instant instant) throws SQLException {
    if (this == POSTGRESQL) {
      st.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    } else {
      st.setString(index, instant.toString());
    }
  }
}
