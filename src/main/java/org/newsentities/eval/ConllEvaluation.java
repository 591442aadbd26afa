package org.newsentities.eval;

/** Placeholder until the Conll scorer lands (issue 7). */
public final class ConllEvaluation implements Evaluation {
  @Override
  public EvaluationReport evaluate(EvaluationRequest request) {
    throw new UnsupportedOperationException("Conll evaluation is not implemented yet");
  }
}
