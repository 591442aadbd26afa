package org.newsentities.config;

/**
 * What the CoreNLP stage loads.
 *
 * @param posModel classpath or file path of the POS tagger model
 * @param nerModel classpath or file path of the single CRF NER model
 * @param maxSentenceTokens sentences longer than this are not tagged (CoreNLP's maxlen)
 */
public record AnnotatorConfig(String posModel, String nerModel, int maxSentenceTokens) {

  public static final String DEFAULT_POS_MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  public static final String DEFAULT_NER_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  public AnnotatorConfig {
    if (posModel == null || posModel.isBlank()) {
      throw new IllegalArgumentException("annotator.posModel must name a model");
    }
    if (nerModel == null || nerModel.isBlank()) {
      throw new IllegalArgumentException("annotator.nerModel must name a model");
    }
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException(
          "annotator.maxSentenceTokens must be at least 1, got " + maxSentenceTokens);
    }
  }

  public static AnnotatorConfig defaults() {
    return new AnnotatorConfig(DEFAULT_POS_MODEL, DEFAULT_NER_MODEL, 250);
  }
}
