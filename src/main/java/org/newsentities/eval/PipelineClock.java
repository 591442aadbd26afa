package org.newsentities.eval;

import java.util.Map;
import java.util.function.Supplier;
import org.newsentities.pipeline.ArticlePipeline;
import org.newsentities.pipeline.ProcessedArticle;

/**
 * Times an evaluation's pipeline: loading once, then processing, and counts tokens, so each
 * figure comes with the speed it was obtained at (model loading is reported apart).
 */
final class PipelineClock {

  private long loadNanos;
  private long processNanos;
  private long tokens;
  private ArticlePipeline pipeline;

  ArticlePipeline load(Supplier<ArticlePipeline> supplier) {
    if (pipeline == null) {
      long t0 = System.nanoTime();
      pipeline = supplier.get();
      loadNanos = System.nanoTime() - t0;
    }
    return pipeline;
  }

  ProcessedArticle time(Supplier<ProcessedArticle> work) {
    long t0 = System.nanoTime();
    try {
      ProcessedArticle processed = work.get();
      tokens += processed.tokens();
      return processed;
    } finally {
      processNanos += System.nanoTime() - t0;
    }
  }

  void addFigures(Map<String, Double> figures) {
    if (pipeline == null) {
      return;
    }
    double seconds = processNanos / 1e9;
    figures.put("pipeline load seconds", round(loadNanos / 1e9));
    figures.put("pipeline seconds", round(seconds));
    figures.put("tokens", (double) tokens);
    figures.put("tokens/s", round(tokens / Math.max(seconds, 1e-9)));
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
