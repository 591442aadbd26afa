package org.newsentities.config;

import java.util.Locale;
import java.util.Set;

/**
 * How a batch run goes. None of these keys changes what is extracted from an article.
 *
 * @param threads worker threads sharing one loaded pipeline (default: the number of cores)
 * @param articleTimeoutSeconds one article may take this long; then it is failed and its worker
 *     interrupted, so one pathological article cannot stall the run
 * @param maxInputBytes a file (or JSONL line) larger than this is refused without being read into
 *     memory
 * @param format {@code json}: one file per article; {@code jsonl}: one JSONL stream
 * @param progress {@code auto} (a bar when stderr is a terminal, else periodic lines), {@code bar},
 *     {@code lines} or {@code off}
 * @param progressIntervalSeconds how often a progress line is printed in {@code lines} mode
 * @param logLevel level of the SLF4J log (CoreNLP's own messages): trace, debug, info, warn, error
 *     or off
 */
public record BatchConfig(
    int threads,
    int articleTimeoutSeconds,
    long maxInputBytes,
    OutputFormat format,
    ProgressMode progress,
    int progressIntervalSeconds,
    String logLevel) {

  /** 16 MiB: a long article is a few hundred kB; anything near this is not one article. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 16L << 20;

  private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error", "off");

  public BatchConfig {
    atLeast("batch.threads", threads, 1);
    atLeast("batch.articleTimeoutSeconds", articleTimeoutSeconds, 1);
    atLeast("batch.maxInputBytes", maxInputBytes, 1);
    atLeast("batch.progressIntervalSeconds", progressIntervalSeconds, 1);
    if (format == null) {
      throw new IllegalArgumentException("batch.format must be json or jsonl");
    }
    if (progress == null) {
      throw new IllegalArgumentException("batch.progress must be auto, bar, lines or off");
    }
    logLevel = logLevel == null ? "" : logLevel.toLowerCase(Locale.ROOT);
    if (!LOG_LEVELS.contains(logLevel)) {
      throw new IllegalArgumentException("batch.logLevel must be one of trace, debug, info, warn, "
          + "error, off; got '" + logLevel + "'");
    }
  }

  public static BatchConfig defaults() {
    return new BatchConfig(Runtime.getRuntime().availableProcessors(), 120, DEFAULT_MAX_INPUT_BYTES,
        OutputFormat.json, ProgressMode.auto, 10, defaultLogLevel());
  }

  /** {@code NEWS_ENTITIES_LOG} (read by the launcher too) sets the default; else warn. */
  private static String defaultLogLevel() {
    String env = System.getenv("NEWS_ENTITIES_LOG");
    return env != null && LOG_LEVELS.contains(env.toLowerCase(Locale.ROOT))
        ? env.toLowerCase(Locale.ROOT) : "warn";
  }

  private static void atLeast(String key, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(key + " must be at least " + min + ", got " + value);
    }
  }
}
