package org.newsentities.cli;

import java.io.PrintStream;
import java.util.Map;
import org.newsentities.pipeline.RunSummary;
import org.newsentities.pipeline.StageTimings;

/** The {@code --profile} table: seconds and share per stage, summed over all threads. */
final class ProfilePrinter {

  private ProfilePrinter() {}

  static void print(StageTimings timings, RunSummary summary, PrintStream out) {
    double total = timings.total() / 1e9;
    out.printf("%nprofile (stage time summed over %d thread(s); model loading %.1f s not included)%n",
        summary.threads(), summary.modelLoadSeconds());
    out.printf("  %-18s %10s %7s%n", "stage", "seconds", "share");
    for (Map.Entry<String, Long> stage : timings.nanos().entrySet()) {
      double seconds = stage.getValue() / 1e9;
      out.printf("  %-18s %10.2f %6.1f%%%n", stage.getKey(), seconds,
          total == 0 ? 0 : 100 * seconds / total);
    }
    out.printf("  %-18s %10.2f%n", "total", total);
  }
}
