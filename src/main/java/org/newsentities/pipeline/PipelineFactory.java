package org.newsentities.pipeline;

import org.newsentities.annotate.CoreNlpAnnotator;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.config.PipelineConfig;
import org.newsentities.extract.DateStage;
import org.newsentities.extract.TopicStage;
import org.newsentities.resolve.EntityAssembler;
import org.newsentities.resolve.TitleResolver;

/** Builds the full pipeline from a configuration: the one place that loads models. */
public final class PipelineFactory {

  private PipelineFactory() {}

  public static ArticlePipeline create(PipelineConfig config) {
    return create(config, new CoreNlpAnnotator(config.annotator()));
  }

  /** The pipeline over a given annotator (tests use a fake one that needs no models). */
  public static ArticlePipeline create(PipelineConfig config, TextAnnotator annotator) {
    return new ArticlePipeline(config, annotator, new DateStage(annotator, config.dates()),
        new TitleResolver(EntityAssembler.withDefaultLexicons()), TopicStage.load(config.topics()));
  }
}
