package org.newsentities.eval;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsentities.pipeline.ArticlePipeline;

/**
 * What to evaluate.
 *
 * @param gold the gold file or directory
 * @param articles where the articles of docgold files are (default: the gold directory's parent)
 * @param predictions an existing output directory to score instead of running the pipeline
 * @param pipeline the pipeline, loaded only if an evaluation needs to run it
 * @param withErrors whether to collect false positives and negatives
 * @param configuration what the pipeline is configured with (e.g. its NER model), for the report
 */
public record EvaluationRequest(Path gold, Optional<Path> articles, Optional<Path> predictions,
    Supplier<ArticlePipeline> pipeline, boolean withErrors, String configuration) {

  public EvaluationRequest(Path gold, Optional<Path> articles, Optional<Path> predictions,
      Supplier<ArticlePipeline> pipeline, boolean withErrors) {
    this(gold, articles, predictions, pipeline, withErrors, "default configuration");
  }
}
