package org.newsentities.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsentities.config.BatchConfig;
import org.newsentities.ingest.ReadResult;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.Provenance;
import org.newsentities.output.ArticleSink;
import org.newsentities.output.EntityCounts;
import org.newsentities.output.OutputDocument;

/**
 * Runs the pipeline over a stream of articles with a fixed number of threads sharing one pipeline.
 * At most {@code 2 × threads} articles are in flight, so memory does not grow with the drop. Each
 * article is skipped (its output is current), written, or recorded as failed; nothing stops the
 * batch but the end of it. The pipeline (CoreNLP) is loaded only when the first article needs
 * processing, so re-running a finished drop takes seconds.
 */
public final class BatchRunner {

  private final Supplier<ArticlePipeline> pipelineFactory;
  private final PipelineVersion version;
  private final BatchConfig config;
  private final boolean force;
  private TimeLimitedPipeline pipeline;
  private double modelLoadSeconds;

  /** With {@code force}, every article is processed again even when its output is current. */
  public BatchRunner(Supplier<ArticlePipeline> pipelineFactory, PipelineVersion version,
      BatchConfig config, boolean force) {
    this.pipelineFactory = pipelineFactory;
    this.version = version;
    this.config = config;
    this.force = force;
  }

  private final java.util.concurrent.atomic.AtomicReference<StageTimings> profile =
      new java.util.concurrent.atomic.AtomicReference<>(StageTimings.NONE);

  public RunSummary run(Stream<ReadResult> articles, ArticleSink sink, RunRecorder recorder)
      throws IOException {
    long t0 = System.nanoTime();
    int threads = config.threads();
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "batch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(2 * threads);
    OutputNames names = new OutputNames();
    recorder.progress().startClock();
    try (articles) {
      java.util.Iterator<ReadResult> it = articles.iterator();
      while (true) {
        long readStart = System.nanoTime();
        if (!it.hasNext()) {
          break;
        }
        ReadResult result = it.next();
        addTime("read", System.nanoTime() - readStart);
        recorder.read.incrementAndGet();
        if (result instanceof ReadResult.Failed f) {
          recorder.failed(ArticleFailure.of(f.origin(), f.articleId(), "input", f.reason()),
              Optional.empty(), 0, List.of());
          continue;
        }
        SourceArticle article = ((ReadResult.Ok) result).article();
        OutputNames.Assigned assigned = names.assign(article.id(), article.origin().toString());
        if (assigned.warning().isPresent()) {
          article = article.withWarning(assigned.warning().get());
        }
        if (!force && keep(article, assigned.name(), sink, recorder)) {
          continue;
        }
        TimeLimitedPipeline limited = pipeline(recorder.progress());
        SourceArticle a = article;
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            processOne(limited, a, assigned.name(), sink, recorder);
          } finally {
            inFlight.release();
          }
        });
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    sink.commit();
    int stillRunning = pipeline == null ? 0 : pipeline.abandonedWorkersRunning();
    if (pipeline != null) {
      pipeline.close();
    }
    RunSummary summary = summary(recorder, (System.nanoTime() - t0) / 1e9, stillRunning);
    recorder.writeSummary(summary);
    return summary;
  }

  private boolean keep(SourceArticle article, String name, ArticleSink sink, RunRecorder recorder)
      throws IOException {
    Provenance expected = version.provenance(article, List.of());
    Optional<EntityCounts> kept = sink.keepIfCurrent(name, article.id(), expected);
    kept.ifPresent(counts ->
        recorder.skipped(article, sink.outputName(name), counts, article.warnings()));
    return kept.isPresent();
  }

  private void processOne(TimeLimitedPipeline limited, SourceArticle article, String name,
      ArticleSink sink, RunRecorder recorder) {
    long start = System.nanoTime();
    String kind = "error";
    String reason;
    try {
      ProcessedArticle processed = limited.process(article);
      addTimes(processed.timings());
      kind = "output";
      Provenance provenance = version.provenance(article, processed.warnings());
      long writeStart = System.nanoTime();
      String output = sink.write(new OutputDocument(processed.document(), provenance), name);
      addTime("write", System.nanoTime() - writeStart);
      recorder.ok(article, output, millisSince(start), EntityCounts.of(processed.document()),
          processed.warnings(), processed.tokens());
      return;
    } catch (ArticleTimedOutException e) {
      kind = "timeout";
      reason = e.getMessage();
    } catch (ArticleRejectedException e) {
      kind = "rejected";
      reason = e.getMessage();
    } catch (IOException e) {
      reason = "cannot write the output: " + e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      reason = describe(e);
    }
    recorder.failed(ArticleFailure.of(article.origin(), Optional.of(article.id()), kind, reason),
        Optional.of(article.contentHash()), millisSince(start), article.warnings());
  }

  private TimeLimitedPipeline pipeline(ProgressReporter progress) {
    if (pipeline == null) {
      progress.status("loading models");
      long t = System.nanoTime();
      ArticlePipeline loaded;
      try {
        loaded = pipelineFactory.get();
      } catch (RuntimeException | LinkageError e) {
        throw new PipelineLoadException("cannot load the pipeline: " + describe(e), e);
      }
      modelLoadSeconds = (System.nanoTime() - t) / 1e9;
      pipeline = new TimeLimitedPipeline(loaded,
          Duration.ofSeconds(config.articleTimeoutSeconds()));
      progress.status("");
      progress.startClock();
    }
    return pipeline;
  }

  /**
   * Time per stage added up over all articles and threads (so with N threads it can exceed the
   * wall time): read, tokenize, tag, ner, time, dates, entities+titles, topics, write.
   */
  public StageTimings profile() {
    return profile.get();
  }

  private void addTime(String stage, long nanos) {
    profile.updateAndGet(p -> p.plus(stage, nanos));
  }

  private void addTimes(StageTimings timings) {
    profile.updateAndGet(p -> p.plus(timings));
  }

  private RunSummary summary(RunRecorder r, double seconds, int stillRunning) {
    double working = Math.max(seconds - modelLoadSeconds, 1e-9);
    return new RunSummary(r.read.get(), r.written.get(), r.skipped.get(), r.failed.get(),
        r.timedOut.get(), r.withWarnings.get(), r.tokens.get(), RunSummary.round(seconds),
        RunSummary.round(modelLoadSeconds), RunSummary.round(r.tokens.get() / working),
        RunSummary.round(r.written.get() / working), config.threads(), stillRunning,
        version.pipelineVersion(), version.modelVersion());
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: every submitted article finishes, fails or times out
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
