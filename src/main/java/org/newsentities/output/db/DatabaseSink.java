package org.newsentities.output.db;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsentities.model.ArticleDocument;

/**
 * Feeds documents into an {@link ArticleStore} as a run produces or reads them, printing each
 * failure as it happens and counting every outcome. As a {@code Consumer} it never throws, so a
 * batch runner can call it from any worker thread after the article's JSON is written.
 */
public final class DatabaseSink implements Consumer<ArticleDocument>, AutoCloseable {

  private final ArticleStore store;
  private final LoadTally tally = new LoadTally();
  private final Consumer<String> log;

  private DatabaseSink(ArticleStore store, Consumer<String> log) {
    this.store = store;
    this.log = log;
  }

  /**
   * Connects and migrates; the exception's message says why the database cannot be used.
   *
   * @param log gets one line per failure, as it happens
   */
  public static DatabaseSink open(DatabaseUrl url, Consumer<String> log) throws SQLException {
    return open(url, ArticleStore.DEFAULT_CONNECTIONS, log);
  }

  /** With {@code connections} for concurrent writers (PostgreSQL; SQLite always has one). */
  public static DatabaseSink open(DatabaseUrl url, int connections, Consumer<String> log)
      throws SQLException {
    return new DatabaseSink(ArticleStore.open(url, connections), log);
  }

  /** For an optional {@code --db URL}: empty without one. */
  public static Optional<DatabaseSink> open(Optional<String> url, Consumer<String> log)
      throws SQLException {
    return url.isEmpty() ? Optional.empty() : Optional.of(open(DatabaseUrl.parse(url.get()), log));
  }

  /** Ends a run: prints what it did to the database; true when nothing failed. */
  public boolean finish(Consumer<String> out) {
    out.accept("database: " + tally.oneLine() + " -> " + store.url());
    return tally.failures().isEmpty();
  }

  @Override
  public void accept(ArticleDocument document) {
    accept(document, store.url().display());
  }

  /** Stores one document; {@code origin} (file and line) goes into a failure's message. */
  public StoreResult accept(ArticleDocument document, String origin) {
    StoreResult result = store.store(document);
    String failure = tally.add(result, origin);
    if (result.failed()) {
      log.accept("failed: " + failure);
    }
    return result;
  }

  /** A document that could not be read is a failure of the load, though the database never saw it. */
  public void unreadable(String origin, String reason) {
    log.accept("failed: " + tally.unreadable(origin, reason));
  }

  public LoadTally tally() {
    return tally;
  }

  public ArticleStore store() {
    return store;
  }

  @Override
  public void close() {
    store.close();
  }
}
