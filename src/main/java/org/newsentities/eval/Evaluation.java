package org.newsentities.eval;

import java.io.IOException;

/** One gold format's evaluation: read gold, get predictions, score. */
public interface Evaluation {
  EvaluationReport evaluate(EvaluationRequest request) throws IOException;
}
