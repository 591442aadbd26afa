package org.newsentities.config;

/**
 * The one immutable configuration of a run.
 *
 * @param annotator what the CoreNLP stage loads
 * @param maxArticleChars articles longer than this are refused with a reason (bounded memory)
 * @param topics what the topic and keyphrase stage loads and reports
 */
public record PipelineConfig(AnnotatorConfig annotator, int maxArticleChars, TopicConfig topics) {

  public static PipelineConfig defaults() {
    return new PipelineConfig(AnnotatorConfig.defaults(), 1_000_000, TopicConfig.defaults());
  }
}
