package org.newsentities.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsentities.output.db.ArticleStore;
import org.newsentities.output.db.DatabaseSink;
import org.newsentities.output.db.DatabaseUrl;
import org.newsentities.output.db.Dialect;
import org.newsentities.output.db.DocumentFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load <output> [--db URL]}: the documents of a run into a queryable database. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Load the JSON documents written by 'extract' into a database: an embedded SQLite file by",
      "default, or PostgreSQL. The schema is created or migrated first. Loading is idempotent:",
      "an article already stored with the same content is left alone, a changed one replaced."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document was stored (or already was)",
      "1:some documents failed (listed on stderr and in the load_failures table)",
      "2:usage error, or the database cannot be opened"
    })
final class LoadCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTPUT",
      description = "an extract output directory, or a .json/.jsonl file of documents")
  Path output;

  @Option(names = "--db", paramLabel = "URL",
      description = {"a SQLite file (default: OUTPUT/news.db), or",
          "postgresql://user[:password]@host[:port]/dbname (password also from PGPASSWORD)"})
  String db;

  @Option(names = "--threads", paramLabel = "N",
      description = "articles stored at once, each on its own connection (default: 4 for "
          + "PostgreSQL; 1 for SQLite, which has one writer)")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(output)) {
      err.println("news-entities: not found: " + output);
      return ExitCodes.USAGE;
    }
    DatabaseUrl url;
    try {
      url = db != null ? DatabaseUrl.parse(db) : DatabaseUrl.sqliteFile(defaultFile(output));
    } catch (IllegalArgumentException e) {
      err.println("news-entities: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    int n = threads != null ? threads
        : url.dialect() == Dialect.POSTGRESQL ? ArticleStore.DEFAULT_CONNECTIONS : 1;
    if (n < 1) {
      err.println("news-entities: --threads must be at least 1");
      return ExitCodes.USAGE;
    }
    long t0 = System.nanoTime();
    DatabaseSink sink;
    try {
      sink = DatabaseSink.open(url, n, err::println);
    } catch (SQLException e) {
      err.println("news-entities: cannot open database " + url.display() + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    // a server's round trips overlap across connections; reading stays on this thread
    ExecutorService workers = Executors.newFixedThreadPool(n);
    Semaphore inFlight = new Semaphore(2 * n);
    try (sink; Stream<DocumentFileReader.Read> reads = new DocumentFileReader().read(output)) {
      reads.forEach(read -> {
        if (read instanceof DocumentFileReader.Document d) {
          inFlight.acquireUninterruptibly();
          workers.execute(() -> {
            try {
              sink.accept(d.document(), d.origin());
            } finally {
              inFlight.release();
            }
          });
        } else if (read instanceof DocumentFileReader.Unreadable u) {
          sink.unreadable(u.origin(), u.reason());
        }
      });
      workers.shutdown();
      while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
        // every submitted article is stored or fails
      }
    } finally {
      workers.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    err.printf("%s in %.1f s -> %s (schema %d)%n", sink.tally().oneLine(), seconds, url.display(),
        sink.store().schemaVersion());
    return sink.tally().failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** Next to the documents: {@code output/news.db} for a directory or a file in {@code output/}. */
  static Path defaultFile(Path output) {
    Path dir = Files.isDirectory(output) ? output : output.toAbsolutePath().getParent();
    return dir.resolve("news.db");
  }
}
