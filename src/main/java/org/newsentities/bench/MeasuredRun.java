package org.newsentities.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The figures of one measured command.
 *
 * @param startupSeconds from process start until its first output file appeared (models loaded,
 *     first article out)
 * @param peakRssMb the process's peak resident memory (VmHWM), in MB
 */
@JsonPropertyOrder({"name", "articles", "tokens", "wallSeconds", "startupSeconds",
    "tokensPerSecond", "articlesPerSecond", "peakRssMb", "exitCode"})
public record MeasuredRun(String name, int articles, long tokens, double wallSeconds,
    double startupSeconds, long peakRssMb, int exitCode) {

  public double tokensPerSecond() {
    return wallSeconds == 0 ? 0 : tokens / wallSeconds;
  }

  public double articlesPerSecond() {
    return wallSeconds == 0 ? 0 : articles / wallSeconds;
  }
}
