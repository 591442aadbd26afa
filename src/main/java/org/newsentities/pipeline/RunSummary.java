package org.newsentities.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;

/**
 * What a batch run did, written as {@code summary.json} and printed as one line. Rates are over
 * the articles this run processed and the time after the models were loaded.
 *
 * @param articlesRead every article and every failed input met (a broken JSONL line counts)
 * @param articlesWritten processed and written by this run
 * @param articlesSkipped kept: their output was current
 * @param workersStillRunning timed-out workers that ignored their interrupt (see
 *     {@link TimeLimitedPipeline})
 */
@JsonPropertyOrder({"articlesRead", "articlesWritten", "articlesSkipped", "articlesFailed",
    "articlesTimedOut", "articlesWithWarnings", "tokens", "seconds", "modelLoadSeconds",
    "tokensPerSecond", "articlesPerSecond", "threads", "workersStillRunning", "pipelineVersion",
    "modelVersion"})
public record RunSummary(int articlesRead, int articlesWritten, int articlesSkipped,
    int articlesFailed, int articlesTimedOut, int articlesWithWarnings, long tokens, double seconds,
    double modelLoadSeconds, double tokensPerSecond, double articlesPerSecond, int threads,
    int workersStillRunning, String pipelineVersion, String modelVersion) {

  public String oneLine() {
    return String.format(Locale.ROOT,
        "%d articles: %d written, %d skipped (up to date), %d failed in %.1f s "
            + "(%.0f tokens/s, %.2f articles/s, %d threads)",
        articlesRead, articlesWritten, articlesSkipped, articlesFailed, seconds, tokensPerSecond,
        articlesPerSecond, threads);
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
