package org.newsentities.config;

/**
 * The one immutable configuration of a run.
 *
 * @param annotator what the CoreNLP stage loads
 * @param maxArticleChars articles longer than this are refused with a reason (bounded memory)
 */
public record PipelineConfig(AnnotatorConfig annotator, int maxArticleChars) {

  public static PipelineConfig defaults() {
    return new PipelineConfig(AnnotatorConfig.defaults(), 1_000_000);
  }
}
