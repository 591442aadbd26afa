package org.newsentities.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsentities.ingest.ReadResult;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.ArticleDocument;
import org.newsentities.output.Json;
import org.newsentities.output.JsonArticleWriter;

/**
 * Runs the pipeline over a stream of articles with a fixed number of threads sharing one pipeline.
 * At most {@code 2 × threads} articles are in flight, so memory does not grow with the drop. Every
 * article ends as a written file or a recorded failure; nothing stops the batch but the end of it.
 */
public final class BatchRunner {

  private final ArticlePipeline pipeline;
  private final int threads;
  private final PrintStream log;
  private final Consumer<ArticleDocument> written;

  public BatchRunner(ArticlePipeline pipeline, int threads, PrintStream log) {
    this(pipeline, threads, log, document -> {});
  }

  /**
   * @param written gets every document once its JSON is written (a database sink), from worker
   *     threads; it must be thread-safe and report its own failures rather than throw
   */
  public BatchRunner(ArticlePipeline pipeline, int threads, PrintStream log,
      Consumer<ArticleDocument> written) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
    this.log = log;
    this.written = written;
  }

  /** The outcome of a run: its summary and every failure. */
  public record Result(RunSummary summary, List<ArticleFailure> failures) {}

  public Result run(Stream<ReadResult> articles, Path outDir) throws IOException {
    JsonArticleWriter writer = new JsonArticleWriter(outDir);
    List<ArticleFailure> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger written = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    int read = 0;
    Set<String> usedNames = new HashSet<>();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(2 * threads);
    try (articles) {
      for (ReadResult result : (Iterable<ReadResult>) articles::iterator) {
        read++;
        if (result instanceof ReadResult.Failed f) {
          record(failures, ArticleFailure.of(f.origin(), f.articleId(), f.reason()));
          continue;
        }
        SourceArticle article = ((ReadResult.Ok) result).article();
        String fileName = uniqueName(JsonArticleWriter.fileNameFor(article.id()), usedNames);
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            ProcessedArticle processed = pipeline.process(article);
            writer.write(processed.document(), fileName);
            this.written.accept(processed.document());
            written.incrementAndGet();
            tokens.addAndGet(processed.tokens());
            processed.warnings().forEach(w -> log.println("warning: " + article.origin() + " ["
                + article.id() + "]: " + w));
          } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            record(failures, ArticleFailure.of(article.origin(), Optional.of(article.id()),
                describe(e)));
          } finally {
            inFlight.release();
          }
        });
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    RunSummary summary = RunSummary.of(read, written.get(), failures.size(), tokens.get(), seconds,
        threads);
    Json.pretty().writeValue(Files.createDirectories(outDir).resolve("summary.json").toFile(),
        summary);
    return new Result(summary, List.copyOf(failures));
  }

  private void record(List<ArticleFailure> failures, ArticleFailure failure) {
    failures.add(failure);
    log.println("failed: " + failure.message());
  }

  /** Keeps both of two articles with the same id: the second is written as {@code id-2}. */
  static String uniqueName(String name, Set<String> used) {
    String candidate = name;
    for (int k = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); k++) {
      candidate = name + "-" + k;
    }
    return candidate;
  }

  private static String describe(Throwable e) {
    if (e instanceof ArticleRejectedException) {
      return e.getMessage();
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: every submitted article finishes or fails
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
