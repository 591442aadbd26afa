package org.newsentities.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsentities.eval.EvaluationReport.EvaluationError;

/**
 * Counts of a TIMEX3 comparison, summed over documents. Relaxed matches pair each gold expression
 * with at most one overlapping prediction; {@code type} and {@code value} count a true positive
 * for a relaxed match whose type (value) is also equal, and are F1 over all gold and predicted
 * expressions, as in TempEval-3.
 */
public record TimeMlScore(Prf strict, Prf relaxed, Prf type, Prf value,
    List<EvaluationError> errors) {

  public static final TimeMlScore EMPTY =
      new TimeMlScore(Prf.ZERO, Prf.ZERO, Prf.ZERO, Prf.ZERO, List.of());

  public TimeMlScore {
    errors = List.copyOf(errors);
  }

  public TimeMlScore plus(TimeMlScore other) {
    List<EvaluationError> all = new ArrayList<>(errors);
    all.addAll(other.errors);
    return new TimeMlScore(strict.plus(other.strict), relaxed.plus(other.relaxed),
        type.plus(other.type), value.plus(other.value), all);
  }

  /** Share of relaxed matches with the right type; 0 when nothing matched. */
  public double typeAccuracy() {
    return relaxed.tp() == 0 ? 0.0 : (double) type.tp() / relaxed.tp();
  }

  /** Share of relaxed matches with the right value; 0 when nothing matched. */
  public double valueAccuracy() {
    return relaxed.tp() == 0 ? 0.0 : (double) value.tp() / relaxed.tp();
  }
}
