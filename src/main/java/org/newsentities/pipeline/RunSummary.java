package org.newsentities.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What a batch run did, written as {@code summary.json} and printed as one line. */
@JsonPropertyOrder({"articlesRead", "articlesWritten", "articlesFailed", "tokens", "seconds",
    "tokensPerSecond", "articlesPerSecond", "threads"})
public record RunSummary(int articlesRead, int articlesWritten, int articlesFailed, long tokens,
    double seconds, double tokensPerSecond, double articlesPerSecond, int threads) {

  public static RunSummary of(int read, int written, int failed, long tokens, double seconds,
      int threads) {
    double s = Math.max(seconds, 1e-9);
    return new RunSummary(read, written, failed, tokens, round(seconds), round(tokens / s),
        round(written / s), threads);
  }

  public String oneLine() {
    return String.format("%d articles read, %d written, %d failed in %.1f s (%.0f tokens/s, %.2f articles/s, %d threads)",
        articlesRead, articlesWritten, articlesFailed, seconds, tokensPerSecond, articlesPerSecond,
        threads);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
