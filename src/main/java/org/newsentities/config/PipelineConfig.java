package org.newsentities.config;

/**
 * The one immutable configuration of a run: built-in defaults, overridden by a {@code --config}
 * JSON file, overridden by command-line flags (see {@link ConfigLoader}). To add a key, add a
 * component here or to a nested record and give it a default in {@code defaults()}: loading,
 * unknown-key errors, {@code --print-config} and the output's {@code configSha256} pick it up.
 *
 * @param annotator what the CoreNLP stage loads
 * @param maxArticleChars articles longer than this are refused with a reason (bounded memory)
 * @param topics what the topic and keyphrase stage loads and reports
 * @param batch how a batch run goes (threads, time limit, output format, progress, logging); these
 *     keys do not change what is extracted, so they are left out of the output's configSha256
 * @param dates how date expressions are normalized: PIPELINE (our rules on SUTime, the default) or
 *     SUTIME (SUTime alone, for comparison)
 */
public record PipelineConfig(AnnotatorConfig annotator, int maxArticleChars, TopicConfig topics,
    BatchConfig batch, DateNormalization dates) {

  public PipelineConfig {
    if (annotator == null || topics == null || batch == null || dates == null) {
      throw new IllegalArgumentException("annotator, topics and batch must be JSON objects and "
          + "dates one of PIPELINE, SUTIME");
    }
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars must be at least 1, got " + maxArticleChars);
    }
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(AnnotatorConfig.defaults(), 1_000_000, TopicConfig.defaults(),
        BatchConfig.defaults(), DateNormalization.PIPELINE);
  }

  public PipelineConfig withAnnotator(AnnotatorConfig newAnnotator) {
    return new PipelineConfig(newAnnotator, maxArticleChars, topics, batch, dates);
  }

  public PipelineConfig withBatch(BatchConfig newBatch) {
    return new PipelineConfig(annotator, maxArticleChars, topics, newBatch, dates);
  }

  public PipelineConfig withDates(DateNormalization newDates) {
    return new PipelineConfig(annotator, maxArticleChars, topics, batch, newDates);
  }
}
