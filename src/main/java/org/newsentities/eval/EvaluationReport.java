package org.newsentities.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one evaluation: P/R/F rows per label (the last one usually the micro average),
 * other named figures (accuracies, counts), the errors when asked for, and notes on what could
 * not be scored and why.
 *
 * @param name what was evaluated, e.g. "conll: eng.testa (216 documents)"
 * @param rows label → counts, in display order
 * @param figures other figures, e.g. "type accuracy" → 0.93
 * @param errors false positives / negatives with context (empty unless requested)
 * @param notes documents skipped or scored as empty, with the reason
 */
public record EvaluationReport(String name, Map<String, Prf> rows, Map<String, Double> figures,
    List<EvaluationError> errors, List<String> notes) {

  public EvaluationReport {
    rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    errors = List.copyOf(errors);
    notes = List.copyOf(notes);
  }

  public EvaluationReport(String name, Map<String, Prf> rows, Map<String, Double> figures,
      List<EvaluationError> errors) {
    this(name, rows, figures, errors, List.of());
  }

  /** One scored mistake: kind "FP" or "FN", the label, the string, and where. */
  public record EvaluationError(String kind, String label, String document, String text,
      String context) {}
}
