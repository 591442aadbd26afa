package org.newsentities.eval;

import java.io.PrintStream;
import java.util.Map;

/** Prints an {@link EvaluationReport} as a plain-text table. */
public final class ReportPrinter {

  private ReportPrinter() {}

  public static void print(EvaluationReport report, PrintStream out, boolean withErrors) {
    out.println(report.name());
    out.printf("%-40s %9s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "F1", "tp", "fp", "fn");
    for (Map.Entry<String, Prf> row : report.rows().entrySet()) {
      Prf p = row.getValue();
      out.printf("%-40s %9.4f %9.4f %9.4f %6d %6d %6d%n", row.getKey(), p.precision(), p.recall(),
          p.f1(), p.tp(), p.fp(), p.fn());
    }
    report.figures().forEach((name, value) -> out.printf("%-40s %9s%n", name, format(name, value)));
    report.notes().forEach(note -> out.println("note: " + note));
    if (withErrors) {
      out.println();
      for (EvaluationReport.EvaluationError e : report.errors()) {
        out.printf("%s %-12s %-24s %-30s %s%n", e.kind(), e.label(), e.document(),
            "\"" + e.text() + "\"", e.context());
      }
    }
  }

  /**
   * Ratios (figures named accuracy, precision, recall, F1 or share) with four decimals; other figures
   * (counts, seconds, tokens/s) as integers when whole, else with one decimal.
   */
  static String format(String name, double value) {
    if (name.matches("(?i).*\\b(accuracy|precision|recall|f1|share)\\b.*")) {
      return String.format("%.4f", value);
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.format("%d", (long) value)
        : String.format("%.1f", value);
  }
}
