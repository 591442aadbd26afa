package org.newsentities.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsentities.eval.Kbp37Reader.Example;
import org.newsentities.model.ArticleDocument;
import org.newsentities.pipeline.ArticlePipeline;

/**
 * What the KBP37 harnesses share: the checks on the request, the examples of the file, and each
 * example run alone through one pipeline (loaded once, timed), a failure noted and not fatal.
 */
final class Kbp37Runner {

  private final EvaluationRequest request;
  private final PipelineClock clock = new PipelineClock();
  private final List<String> notes = new ArrayList<>();

  Kbp37Runner(EvaluationRequest request) {
    this.request = request;
  }

  /**
   * The examples that {@code reader} takes from the request's file; no predictions directory, no
   * KBP37 dev.txt, and at least one example.
   *
   * @param format the harness as typed ("kbp37-titles"), {@code harness} and {@code labels} as
   *     the messages name them ("title", "per:title")
   */
  List<Example> examples(Kbp37Reader reader, String format, String harness, String labels)
      throws IOException {
    if (request.predictions().isPresent()) {
      throw new IllegalArgumentException("--pred is not supported for " + format);
    }
    Kbp37Reader.refuseHeldOut(request.gold(), harness);
    List<Example> examples = reader.read(request.gold());
    if (examples.isEmpty()) {
      throw new IllegalArgumentException(request.gold() + ": no " + labels + " examples");
    }
    return examples;
  }

  /**
   * The pipeline's document for the example's sentence, or empty when the pipeline fails on it,
   * which is noted with {@code consequence} ("scored as a miss").
   */
  Optional<ArticleDocument> run(Example example, String consequence) {
    ArticlePipeline pipeline = clock.load(request.pipeline());
    try {
      return Optional.of(clock.time(() -> pipeline.process(example.article())).document());
    } catch (RuntimeException e) {
      notes.add(example.id() + ": the pipeline failed (" + e.getMessage() + "), " + consequence);
      return Optional.empty();
    }
  }

  List<String> notes() {
    return notes;
  }

  /** The pipeline's load time, processing time and throughput. */
  void addTiming(Map<String, Double> figures) {
    clock.addFigures(figures);
  }

  /** {@code a / b} to three decimals, 0 when {@code b} is 0. */
  static double ratio(int a, int b) {
    return b == 0 ? 0 : Math.round(1000.0 * a / b) / 1000.0;
  }
}
