package org.newsentities.testing;

import org.newsentities.annotate.CoreNlpAnnotator;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.config.PipelineConfig;
import org.newsentities.pipeline.ArticlePipeline;
import org.newsentities.pipeline.PipelineFactory;

/**
 * CoreNLP loaded once per test JVM, for every {@code *IT}: loading it per test would cost seconds
 * each time. Failsafe runs all ITs in one JVM.
 */
public final class SharedModels {

  private static TextAnnotator annotator;
  private static ArticlePipeline pipeline;

  private SharedModels() {}

  public static synchronized TextAnnotator annotator() {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator(PipelineConfig.defaults().annotator());
    }
    return annotator;
  }

  public static synchronized ArticlePipeline pipeline() {
    if (pipeline == null) {
      pipeline = PipelineFactory.create(PipelineConfig.defaults(), annotator());
    }
    return pipeline;
  }
}
