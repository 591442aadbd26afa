package org.newsentities.pipeline;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsentities.ingest.SourceArticle;

/**
 * Runs each article on a worker thread of its own and waits for it at most the time limit. When
 * the limit passes, the article fails with a reason, the worker is interrupted, and the caller moves
 * on at once.
 *
 * <p>What happens to an interrupted worker: CoreNLP's POS tagger, its CRF sequence decoder (NER)
 * and TokensRegex (which SUTime runs on) check {@link Thread#interrupted()} as they go and throw
 * {@code RuntimeInterruptedException}, so a worker usually stops within one sentence; our
 * annotator lets that exception through rather than retrying sentence by sentence. The tokenizer
 * and our own stages do not check, but they are linear in the text, which the article length
 * limit bounds. A worker that does not stop runs on as a daemon thread: its result is discarded,
 * it uses a core until it ends, and it does not keep the JVM alive. The run reports how many
 * workers were still running at its end.
 */
public final class TimeLimitedPipeline implements AutoCloseable {

  private static final int RUNNING = 0;
  private static final int FINISHED = 1;
  private static final int ABANDONED = 2;

  private final ArticlePipeline pipeline;
  private final Duration limit;
  private final ThreadPoolExecutor workers;
  private final AtomicInteger abandonedRunning = new AtomicInteger();

  public TimeLimitedPipeline(ArticlePipeline pipeline, Duration limit) {
    this.pipeline = pipeline;
    this.limit = limit;
    AtomicInteger count = new AtomicInteger();
    // A growing pool: a worker that ignores its interrupt must not take a slot of the run.
    this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), r -> {
          Thread t = new Thread(r, "article-worker-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** The processed article, or an {@link ArticleTimedOutException} when it took too long. */
  public ProcessedArticle process(SourceArticle article) {
    AtomicInteger state = new AtomicInteger(RUNNING);
    Callable<ProcessedArticle> work = () -> {
      try {
        return pipeline.process(article);
      } finally {
        if (!state.compareAndSet(RUNNING, FINISHED)) {
          abandonedRunning.decrementAndGet();
        }
      }
    };
    FutureTask<ProcessedArticle> task = new FutureTask<>(work);
    workers.execute(task);
    try {
      return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      if (state.compareAndSet(RUNNING, ABANDONED)) {
        abandonedRunning.incrementAndGet();
        task.cancel(true);
        throw new ArticleTimedOutException("took longer than the time limit of "
            + limit.toSeconds() + " s (batch.articleTimeoutSeconds); stopped");
      }
      return finishedJustNow(task);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new ArticleTimedOutException("the run was interrupted");
    }
  }

  /** Workers that ignored their interrupt and are still running. */
  public int abandonedWorkersRunning() {
    return abandonedRunning.get();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private static ProcessedArticle finishedJustNow(FutureTask<ProcessedArticle> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArticleTimedOutException("the run was interrupted");
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }
}
