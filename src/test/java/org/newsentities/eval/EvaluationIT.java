package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.ingest.ArticleSource;
import org.newsentities.ingest.ReadResult;
import org.newsentities.model.ArticleDocument;
import org.newsentities.output.Json;
import org.newsentities.testing.SharedModels;

/** The evaluations with the real pipeline: corpus/gold and a small CoNLL document. */
class EvaluationIT {

  @TempDir Path out;

  @Test
  void docgoldFindsTheSampleArticlesAndScoresAsItsOwnOutputFiles() throws IOException {
    // corpus/gold itself: the two samples only; dev/ and test/ are separate sets.
    EvaluationReport run = new DocGoldEvaluation().evaluate(new EvaluationRequest(
        Path.of("corpus/gold"), Optional.empty(), Optional.empty(), SharedModels::pipeline, true));
    assertEquals(2.0, run.figures().get("documents"));
    assertTrue(run.notes().isEmpty(), run.notes().toString());

    // The same pipeline's output written as JSON and read back must score the same.
    for (String id : List.of("000_30514b1f612866db", "003_0123780796fad852")) {
      try (var articles = new ArticleSource().read(Path.of("corpus", id + ".txt"))) {
        ArticleDocument doc = SharedModels.pipeline()
            .process(((ReadResult.Ok) articles.findFirst().orElseThrow()).article()).document();
        Json.pretty().writeValue(out.resolve(id + ".json").toFile(), doc);
      }
    }
    EvaluationReport read = new DocGoldEvaluation().evaluate(new EvaluationRequest(
        Path.of("corpus/gold"), Optional.empty(), Optional.of(out), SharedModels::pipeline, true));
    assertEquals(run.rows(), read.rows());
    assertEquals(run.errors(), read.errors());
  }

  @Test
  void conllScoresWhatThePipelineOutputs() throws IOException {
    Path conll = Files.writeString(out.resolve("mini.conll"), """
        -DOCSTART- -X- O O

        LONDON NNP I-NP I-LOC
        1996-08-30 CD I-NP O

        West NNP I-NP I-MISC
        Indian NNP I-NP I-MISC
        all-rounder NN I-NP O
        Phil NNP I-NP I-PER
        Simmons NNP I-NP I-PER
        took VBD I-VP O
        four CD I-NP O
        for IN I-PP O
        38 CD I-NP O
        on IN I-PP O
        Friday NNP I-NP O
        as IN I-PP O
        Leicestershire NNP I-NP I-ORG
        beat VBD I-VP O
        Somerset NNP I-NP I-ORG
        . . O O
        """);
    EvaluationReport report = new ConllEvaluation().evaluate(new EvaluationRequest(conll,
        Optional.empty(), Optional.empty(), SharedModels::pipeline, true));
    assertEquals(1.0, report.figures().get("documents"));
    assertEquals(1, report.rows().get("PER").tp(), report.errors().toString());
    assertEquals(1.0, report.figures().get(ConllScorer.GOLD_MISC), "West Indian");
    Prf micro = report.rows().get("micro (PER+ORG+LOC)");
    assertEquals(4, micro.tp() + micro.fn(), "four gold PER/ORG/LOC entities");
    assertTrue(report.figures().get("tokens/s") > 0);
  }
}
