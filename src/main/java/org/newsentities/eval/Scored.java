package org.newsentities.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsentities.eval.EvaluationReport.EvaluationError;

/**
 * What one scorer found in one document: P/R/F rows, named counts (for accuracies computed over
 * all documents), and its false positives and negatives.
 */
record Scored(Map<String, Prf> rows, Map<String, Integer> counts, List<EvaluationError> errors) {

  Scored {
    rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    errors = List.copyOf(errors);
  }

  Prf row(String label) {
    return rows.getOrDefault(label, Prf.ZERO);
  }

  int count(String name) {
    return counts.getOrDefault(name, 0);
  }
}
