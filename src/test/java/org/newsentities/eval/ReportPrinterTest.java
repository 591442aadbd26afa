package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportPrinterTest {

  @Test
  void ratiosKeepFourDecimalsAndCountsPrintAsIntegers() {
    assertEquals("1.0000", ReportPrinter.format("title former accuracy", 1.0));
    assertEquals("0.5000", ReportPrinter.format("title recall explicit strict", 0.5));
    assertEquals("922", ReportPrinter.format("gold MISC entities (not scored)", 922.0));
    assertEquals("539.7", ReportPrinter.format("tokens/s", 539.7));
  }

  @Test
  void theTablePrintsRowsFiguresNotesAndErrors() {
    EvaluationReport report = new EvaluationReport("conll: x", Map.of("PER", new Prf(3, 1, 1)),
        Map.of("documents", 2.0),
        List.of(new EvaluationReport.EvaluationError("FN", "PER", "x#1", "Such", "…[[Such]]…")),
        List.of("x#2: the pipeline failed"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportPrinter.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("PER") && out.contains("0.7500    0.7500    0.7500      3      1      1"),
        out);
    assertTrue(out.contains("note: x#2: the pipeline failed"), out);
    assertTrue(out.contains("FN PER") && out.contains("…[[Such]]…"), out);
  }
}
