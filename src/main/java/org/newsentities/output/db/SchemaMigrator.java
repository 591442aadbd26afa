package org.newsentities.output.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsentities.config.Resources;
import org.newsentities.ingest.Hashing;

/**
 * Brings a database's schema to the newest version this build knows: the plain SQL files listed in
 * {@code db/migration/migrations.txt}, taken from the dialect's folder, each applied once and
 * recorded in {@code schema_history} with its checksum. All pending files run in one transaction
 * (both databases have transactional DDL), under a lock, so two loaders starting at once do not
 * both migrate and a failed migration leaves the previous schema.
 *
 * <p>Statements are split at semicolons after removing {@code --} comments: migration files must
 * not put either inside string literals.
 */
public final class SchemaMigrator {

  static final String INDEX = "db/migration/migrations.txt";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
  /** PostgreSQL advisory lock key for schema changes: outside int4, where article locks are. */
  private static final long SCHEMA_LOCK = 7_419_031_155L;

  /** One versioned SQL file. */
  public record Migration(int version, String description, String sql, String checksum) {}

  private SchemaMigrator() {}

  /** The migrations of {@code dialect}, in order. */
  public static List<Migration> migrations(Dialect dialect) {
    List<Migration> list = new ArrayList<>();
    for (String file : Resources.lines(INDEX)) {
      Matcher m = NAME.matcher(file);
      if (!m.matches()) {
        throw new IllegalStateException(INDEX + ": not a migration file name: " + file);
      }
      int version = Integer.parseInt(m.group(1));
      if (version != list.size() + 1) {
        throw new IllegalStateException(INDEX + ": expected V" + (list.size() + 1) + ", found " + file);
      }
      String sql = read(dialect.migrationFolder() + "/" + file);
      list.add(new Migration(version, m.group(2).replace('_', ' '), sql,
          Hashing.sha256(sql.getBytes(StandardCharsets.UTF_8))));
    }
    return list;
  }

  /**
   * Applies the pending migrations and returns their versions (empty when the schema is current).
   *
   * @throws SQLException when a migration fails, when an applied file was edited since, or when
   *     the database is newer than this build
   */
  public static List<Integer> migrate(Connection c, Dialect dialect) throws SQLException {
    List<Migration> known = migrations(dialect);
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      lock(c, dialect);
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS schema_history (version INTEGER PRIMARY KEY, "
            + "description TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
      }
      Map<Integer, String> applied = applied(c);
      check(applied, known);
      List<Integer> done = new ArrayList<>();
      for (Migration m : known) {
        if (!applied.containsKey(m.version())) {
          apply(c, m);
          done.add(m.version());
        }
      }
      c.commit();
      return done;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /** The schema version of a database: the highest applied migration, 0 for none. */
  public static int currentVersion(Connection c) throws SQLException {
    return applied(c).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private static void lock(Connection c, Dialect dialect) throws SQLException {
    // SQLite needs nothing: its connections begin IMMEDIATE transactions (see Dialect)
    if (dialect.transactionLockSql().isPresent()) {
      try (PreparedStatement st = c.prepareStatement(dialect.transactionLockSql().get())) {
        st.setLong(1, SCHEMA_LOCK);
        st.execute();
      }
    }
  }

  private static Map<Integer, String> applied(Connection c) throws SQLException {
    Map<Integer, String> applied = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version, checksum FROM schema_history ORDER BY version")) {
      while (rs.next()) {
        applied.put(rs.getInt(1), rs.getString(2));
      }
    }
    return applied;
  }

  private static void check(Map<Integer, String> applied, List<Migration> known) throws SQLException {
    for (Map.Entry<Integer, String> e : applied.entrySet()) {
      int v = e.getKey();
      if (v > known.size()) {
        throw new SQLException("the database schema is at version " + v + ", newer than this "
            + "news-entities (which knows up to " + known.size() + "): use a newer news-entities");
      }
      if (!known.get(v - 1).checksum().equals(e.getValue())) {
        throw new SQLException("migration V" + v + " was changed after it was applied to this "
            + "database: restore the file, or load into a new database");
      }
    }
  }

  private static void apply(Connection c, Migration m) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String sql : statements(m.sql())) {
        try {
          st.execute(sql);
        } catch (SQLException e) {
          throw new SQLException("migration V" + m.version() + " failed at: " + firstLine(sql)
              + ": " + e.getMessage(), e.getSQLState(), e);
        }
      }
    }
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO schema_history (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
      st.setInt(1, m.version());
      st.setString(2, m.description());
      st.setString(3, m.checksum());
      st.setString(4, Instant.now().toString());
      st.executeUpdate();
    }
  }

  static List<String> statements(String sql) {
    StringBuilder code = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      int comment = line.indexOf("--");
      code.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    List<String> statements = new ArrayList<>();
    for (String part : code.toString().split(";")) {
      if (!part.isBlank()) {
        statements.add(part.strip());
      }
    }
    return statements;
  }

  private static String firstLine(String sql) {
    int nl = sql.indexOf('\n');
    return nl < 0 ? sql : sql.substring(0, nl);
  }

  private static String read(String location) {
    try (InputStream in = Resources.open(location)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + location, e);
    }
  }
}
