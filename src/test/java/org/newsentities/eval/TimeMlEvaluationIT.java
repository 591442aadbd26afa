package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.testing.SharedModels;

/** The whole path of {@code evaluate --format timeml}: read, run the pipeline, score. */
class TimeMlEvaluationIT {

  @Test
  void aSmallDocumentIsReadRunAndScored() throws IOException {
    EvaluationRequest request = new EvaluationRequest(
        Path.of("src/test/resources/timeml/sample.tml"), Optional.empty(), Optional.empty(),
        SharedModels::pipeline, true);
    EvaluationReport report = new TimeMlEvaluation().evaluate(request);
    assertEquals(new Prf(4, 0, 0), report.rows().get("span relaxed"), report.errors().toString());
    assertEquals(new Prf(4, 0, 0), report.rows().get("value"), report.errors().toString());
    assertEquals(0.0, report.figures().get("documents failed"));
  }
}
