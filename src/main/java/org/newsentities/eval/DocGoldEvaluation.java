package org.newsentities.eval;

/** Placeholder until the DocGold scorer lands (issue 7). */
public final class DocGoldEvaluation implements Evaluation {
  @Override
  public EvaluationReport evaluate(EvaluationRequest request) {
    throw new UnsupportedOperationException("DocGold evaluation is not implemented yet");
  }
}
