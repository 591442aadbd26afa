package org.newsentities.output.db;

import java.io.PrintStream;
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
  private final PrintStream log;

  private DatabaseSink(ArticleStore store, PrintStream log) {
    this.store = store;
    this.log = log;
  }

  /** Connects and migrates; the exception's message says why the database cannot be used. */
  public static DatabaseSink open(DatabaseUrl url, PrintStream log) throws SQLException {
    return new DatabaseSink(ArticleStore.open(url), log);
  }

  /** For an optional {@code --db URL}: empty without one. */
  public static Optional<DatabaseSink> open(Optional<String> url, PrintStream log)
      throws SQLException {
    return url.isEmpty() ? Optional.empty() : Optional.of(open(DatabaseUrl.parse(url.get()), log));
  }

  /** Ends a run: prints what it did to the database, closes it; true when nothing failed. */
  public boolean finish(PrintStream out) {
    close();
    out.println("database: " + tally.oneLine() + " -> " + store.url());
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
      log.println("failed: " + failure);
    }
    return result;
  }

  /** A document that could not be read is a failure of the load, though the database never saw it. */
  public void unreadable(String origin, String reason) {
    log.println("failed: " + tally.unreadable(origin, reason));
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
