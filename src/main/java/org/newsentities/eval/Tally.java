package org.newsentities.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsentities.eval.EvaluationReport.EvaluationError;

/** Sums the {@link Scored} results of many documents; rows keep the order they first came in. */
final class Tally {

  private final Map<String, Prf> rows = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final List<EvaluationError> errors = new ArrayList<>();

  void add(Scored scored) {
    scored.rows().forEach(this::add);
    scored.counts().forEach((name, n) -> counts.merge(name, n, Integer::sum));
    errors.addAll(scored.errors());
  }

  void add(String label, Prf prf) {
    rows.merge(label, prf, Prf::plus);
  }

  void count(String name, int n) {
    counts.merge(name, n, Integer::sum);
  }

  Prf row(String label) {
    return rows.getOrDefault(label, Prf.ZERO);
  }

  int count(String name) {
    return counts.getOrDefault(name, 0);
  }

  Map<String, Prf> rows() {
    return rows;
  }

  List<EvaluationError> errors() {
    return errors;
  }
}
