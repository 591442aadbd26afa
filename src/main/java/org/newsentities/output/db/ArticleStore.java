package org.newsentities.output.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.newsentities.model.ArticleDocument;

/**
 * A database of article documents in the normalized schema. Opening it migrates the schema;
 * {@link #store} writes one article in its own transaction: unchanged when the stored content hash
 * is the same (checked first without a transaction, so re-loading costs one query per article),
 * else the old rows are deleted and the new ones inserted together. A failure rolls
 * back that article only, is recorded in {@code load_failures}, and is returned, never thrown.
 * Thread-safe: concurrent callers share a connection pool (one connection for SQLite, which has a
 * single writer anyway).
 */
public final class ArticleStore implements AutoCloseable {

  /** PostgreSQL connections for concurrent writers, unless the caller asks for another number. */
  public static final int DEFAULT_CONNECTIONS = 4;

  private final DatabaseUrl url;
  private final HikariDataSource pool;
  private final ArticleRowWriter rows;
  private final Clock clock;
  private final int schemaVersion;

  private ArticleStore(DatabaseUrl url, HikariDataSource pool, Clock clock, int schemaVersion) {
    this.url = url;
    this.pool = pool;
    this.rows = new ArticleRowWriter(url.dialect());
    this.clock = clock;
    this.schemaVersion = schemaVersion;
  }

  /** Connects, brings the schema up to date, and returns the store. */
  public static ArticleStore open(DatabaseUrl url) throws SQLException {
    return open(url, DEFAULT_CONNECTIONS, Clock.systemUTC());
  }

  /** With {@code connections} for concurrent writers (PostgreSQL; SQLite always has one). */
  public static ArticleStore open(DatabaseUrl url, int connections) throws SQLException {
    return open(url, connections, Clock.systemUTC());
  }

  static ArticleStore open(DatabaseUrl url, Clock clock) throws SQLException {
    return open(url, DEFAULT_CONNECTIONS, clock);
  }

  private static ArticleStore open(DatabaseUrl url, int connections, Clock clock)
      throws SQLException {
    HikariDataSource pool = connect(url, connections);
    try (Connection c = pool.getConnection()) {
      SchemaMigrator.migrate(c, url.dialect());
      return new ArticleStore(url, pool, clock, SchemaMigrator.currentVersion(c));
    } catch (SQLException | RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static HikariDataSource connect(DatabaseUrl url, int connections) throws SQLException {
    if (url.dialect() == Dialect.SQLITE) {
      createParentDirectory(url);
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("news-entities-" + url.dialect().shortName());
    config.setJdbcUrl(url.jdbcUrl());
    url.user().ifPresent(config::setUsername);
    url.password().ifPresent(config::setPassword);
    url.dialect().connectionProperties().forEach(config::addDataSourceProperty);
    config.setMaximumPoolSize(url.dialect() == Dialect.SQLITE ? 1 : Math.max(1, connections));
    config.setMinimumIdle(1);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      // Hikari wraps the driver's message ("Connection to localhost:5432 refused ...")
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new SQLException(cause.getMessage(), e);
    }
  }

  private static void createParentDirectory(DatabaseUrl url) throws SQLException {
    Path file = Path.of(url.jdbcUrl().substring("jdbc:sqlite:".length()));
    Path parent = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new SQLException("cannot create the directory of " + file + ": " + e.getMessage(), e);
    }
  }

  public DatabaseUrl url() {
    return url;
  }

  /** The schema version after opening: the highest applied migration. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Stores one article; see the class comment. */
  public StoreResult store(ArticleDocument document) {
    String id = document.id();
    try (Connection c = pool.getConnection()) {
      try {
        String hash = ContentHash.of(document);
        // most loads of a stored article find it current: check without a transaction or lock
        if (stored(c, id).equals(new Stored(Optional.of(hash), false))) {
          return StoreResult.of(id, StoreResult.Status.UNCHANGED);
        }
        c.setAutoCommit(false);
        StoreResult.Status status = write(c, document, hash);
        c.commit();
        return StoreResult.of(id, status);
      } catch (SQLException | RuntimeException e) {
        String reason = describe(e);
        if (!c.getAutoCommit()) {
          c.rollback();
          recordFailure(c, id, reason);
        }
        return StoreResult.failed(id, reason);
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      return StoreResult.failed(id, "database unavailable: " + describe(e));
    }
  }

  private StoreResult.Status write(Connection c, ArticleDocument document, String hash)
      throws SQLException {
    String id = document.id();
    lockArticle(c, id);
    Stored stored = stored(c, id);
    if (stored.failureRecorded()) {
      clearFailure(c, id);
    }
    if (stored.hash().isPresent() && stored.hash().get().equals(hash)) {
      return StoreResult.Status.UNCHANGED;
    }
    if (stored.hash().isPresent()) {
      rows.delete(c, id);
    }
    rows.insert(c, document, hash, clock.instant());
    return stored.hash().isPresent() ? StoreResult.Status.REPLACED : StoreResult.Status.INSERTED;
  }

  /** Two writers of the same new article would otherwise both see it absent and both insert. */
  private void lockArticle(Connection c, String id) throws SQLException {
    Optional<String> lock = url.dialect().transactionLockSql();
    if (lock.isPresent()) {
      try (PreparedStatement st = c.prepareStatement(lock.get())) {
        st.setLong(1, id.hashCode());
        st.execute();
      }
    }
  }

  /** What the database holds for an article: its content hash, and whether a failure is on record. */
  private record Stored(Optional<String> hash, boolean failureRecorded) {}

  private static Stored stored(Connection c, String id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT (SELECT content_hash FROM articles "
        + "WHERE id = ?), (SELECT COUNT(*) FROM load_failures WHERE article_id = ?)")) {
      st.setString(1, id);
      st.setString(2, id);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return new Stored(Optional.ofNullable(rs.getString(1)), rs.getInt(2) > 0);
      }
    }
  }

  private static void clearFailure(Connection c, String id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("DELETE FROM load_failures WHERE article_id = ?")) {
      st.setString(1, id);
      st.executeUpdate();
    }
  }

  /** Best effort, in a transaction of its own: the article's own transaction is rolled back. */
  private void recordFailure(Connection c, String id, String reason) {
    try {
      clearFailure(c, id);
      try (PreparedStatement st = c.prepareStatement(
          "INSERT INTO load_failures (article_id, message, failed_at) VALUES (?, ?, ?)")) {
        st.setString(1, id);
        st.setString(2, reason);
        url.dialect().bindTimestamp(st, 3, clock.instant());
        st.executeUpdate();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // the connection is broken; the failure is still returned to the caller
      }
    }
  }

  /** PostgreSQL puts the reason of a failed batch in the next exception, not the batch's own. */
  static String describe(Throwable e) {
    Throwable cause = e;
    if (e instanceof BatchUpdateException b && b.getNextException() != null) {
      cause = b.getNextException();
    }
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return cause.getClass().getSimpleName();
    }
    return message.replaceAll("\\s+", " ").strip();
  }

  @Override
  public void close() {
    pool.close();
  }
}
