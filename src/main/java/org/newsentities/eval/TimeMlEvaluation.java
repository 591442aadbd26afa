package org.newsentities.eval;

/** Placeholder until the TimeMl scorer lands (issue 7). */
public final class TimeMlEvaluation implements Evaluation {
  @Override
  public EvaluationReport evaluate(EvaluationRequest request) {
    throw new UnsupportedOperationException("TimeMl evaluation is not implemented yet");
  }
}
