package org.newsentities.ingest;

import java.util.Locale;
import org.newsentities.config.BatchConfig;

/** How much of one input is read into memory at most: a file, or one JSONL line. */
record InputLimits(long maxBytes) {

  static InputLimits defaults() {
    return new InputLimits(BatchConfig.DEFAULT_MAX_INPUT_BYTES);
  }

  String tooLarge(String what, long bytes) {
    return String.format(Locale.ROOT,
        "%s has %s, over the limit of %s (batch.maxInputBytes); not read", what, size(bytes),
        size(maxBytes));
  }

  static String size(long bytes) {
    return bytes < 1 << 20 ? String.format(Locale.ROOT, "%,d bytes", bytes)
        : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
  }
}
