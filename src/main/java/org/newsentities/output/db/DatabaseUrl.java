package org.newsentities.output.db;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * A database as the user names it, turned into a JDBC URL and credentials.
 *
 * <ul>
 *   <li>a file path, {@code sqlite:PATH} or {@code jdbc:sqlite:PATH}: an embedded SQLite file;
 *   <li>{@code postgresql://user[:password]@host[:port]/dbname[?params]} (or {@code postgres://}):
 *       a PostgreSQL server; without a password in the URL, {@code PGPASSWORD} is used;
 *   <li>{@code jdbc:postgresql://…}: passed to the driver as it is.
 * </ul>
 *
 * @param display the URL with any password masked, for messages
 */
public record DatabaseUrl(
    Dialect dialect, String jdbcUrl, Optional<String> user, Optional<String> password,
    String display) {

  private static final String USAGE =
      "use a SQLite file path (output/news.db) or postgresql://user@host:5432/dbname";

  /** The embedded default: a SQLite file. */
  public static DatabaseUrl sqliteFile(Path file) {
    String path = file.toString();
    return new DatabaseUrl(Dialect.SQLITE, "jdbc:sqlite:" + path, Optional.empty(),
        Optional.empty(), "sqlite:" + path);
  }

  /** Parses what a user typed after {@code --db}; the message of the exception says what to fix. */
  public static DatabaseUrl parse(String spec) {
    return parse(spec, Optional.ofNullable(System.getenv("PGPASSWORD")));
  }

  static DatabaseUrl parse(String spec, Optional<String> envPassword) {
    String s = spec.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty database URL: " + USAGE);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:sqlite:")) {
      return sqliteFile(Path.of(s.substring("jdbc:sqlite:".length())));
    }
    if (lower.startsWith("sqlite:")) {
      return sqliteFile(Path.of(s.substring("sqlite:".length())));
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(Dialect.POSTGRESQL, s, Optional.empty(), Optional.empty(),
          s.replaceAll("(?i)(password=)[^&]*", "$1***"));
    }
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      return postgres(s, envPassword);
    }
    if (s.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      throw new IllegalArgumentException("unsupported database URL '" + s + "': " + USAGE);
    }
    return sqliteFile(Path.of(s));
  }

  /**
   * libpq's URI form: characters special in a URL ({@code @ : / ? %}) must be percent-encoded in
   * the user and password. Parsed by hand because {@code java.net.URI} drops the user of a URL with
   * an empty host ({@code postgres://user@/db}, which libpq accepts).
   */
  private static DatabaseUrl postgres(String s, Optional<String> envPassword) {
    String rest = s.substring(s.indexOf("://") + 3);
    int q = rest.indexOf('?');
    String query = q < 0 ? "" : rest.substring(q);
    rest = q < 0 ? rest : rest.substring(0, q);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
    if (database.isEmpty() || database.contains("/")) {
      throw new IllegalArgumentException("PostgreSQL URL '" + s + "' names no database: "
          + "postgresql://user@host:5432/dbname");
    }
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? "" : authority.substring(0, at);
    String hostPort = authority.substring(at + 1);
    Optional<String> user = Optional.empty();
    Optional<String> password = envPassword;
    boolean passwordInUrl = userInfo.contains(":");
    if (!userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      user = Optional.of(decode(passwordInUrl ? userInfo.substring(0, colon) : userInfo));
      if (passwordInUrl) {
        password = Optional.of(decode(userInfo.substring(colon + 1)));
      }
    }
    int portColon = hostPort.lastIndexOf(':');
    boolean hasPort = portColon >= 0 && !hostPort.substring(portColon).contains("]");
    String host = hasPort ? hostPort.substring(0, portColon) : hostPort;
    String port = hasPort ? hostPort.substring(portColon + 1) : "5432";
    if (!port.matches("\\d{1,5}")) {
      throw new IllegalArgumentException("PostgreSQL URL '" + s + "': bad port '" + port + "'");
    }
    host = host.isEmpty() ? "localhost" : host;
    String jdbc = "jdbc:postgresql://" + host + ":" + port + "/"
        + URLEncoder.encode(database, StandardCharsets.UTF_8) + query;
    String display = "postgresql://" + user.map(u -> u + (passwordInUrl ? ":***" : "") + "@")
        .orElse("") + host + ":" + port + "/" + database;
    return new DatabaseUrl(Dialect.POSTGRESQL, jdbc, user, password, display);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * A plain connection with this database's settings, outside any store's pool: for queries, and for
   * tests (a SQLite store's pool has its only connection busy while it writes).
   */
  public Connection connect() throws SQLException {
    Properties props = new Properties();
    props.putAll(dialect.connectionProperties());
    user.ifPresent(u -> props.setProperty("user", u));
    password.ifPresent(p -> props.setProperty("password", p));
    return DriverManager.getConnection(jdbcUrl, props);
  }

  @Override
  public String toString() {
    return display;
  }
}
