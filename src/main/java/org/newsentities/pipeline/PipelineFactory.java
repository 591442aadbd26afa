package org.newsentities.pipeline;

import org.newsentities.annotate.CoreNlpAnnotator;
import org.newsentities.config.PipelineConfig;
import org.newsentities.resolve.EntityAssembler;

/** Builds the full pipeline from a configuration: the one place that loads models. */
public final class PipelineFactory {

  private PipelineFactory() {}

  public static ArticlePipeline create(PipelineConfig config) {
    return new ArticlePipeline(config, new CoreNlpAnnotator(config.annotator()),
        EntityAssembler.withDefaultLexicons());
  }
}
