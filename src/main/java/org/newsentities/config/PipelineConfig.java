package org.newsentities.config;

/**
 * The one immutable configuration of a run.
 *
 * @param annotator what the CoreNLP stage loads
 * @param maxArticleChars articles longer than this are refused with a reason (bounded memory)
 * @param dates how date expressions are normalized (SUTIME: SUTime alone, for comparison)
 */
public record PipelineConfig(AnnotatorConfig annotator, int maxArticleChars,
    DateNormalization dates) {

  public static PipelineConfig defaults() {
    return new PipelineConfig(AnnotatorConfig.defaults(), 1_000_000, DateNormalization.PIPELINE);
  }

  public PipelineConfig withDates(DateNormalization newDates) {
    return new PipelineConfig(annotator, maxArticleChars, newDates);
  }
}
