package org.newsentities.config;

/**
 * What the CoreNLP stage loads.
 *
 * @param posModel classpath or file path of the POS tagger model
 * @param nerModel classpath or file path of the single CRF NER model, or {@link
 *     #CORENLP_DEFAULT_NER} for CoreNLP's default {@code ner} (to compare against; see
 *     docs/ACCURACY.md)
 * @param maxSentenceTokens sentences longer than this are not tagged (CoreNLP's maxlen)
 * @param timeSentenceFilter give SUTime only sentences with a digit or a time word (much faster,
 *     same expressions on TimeBank/AQUAINT; see docs/PERFORMANCE.md)
 */
public record AnnotatorConfig(String posModel, String nerModel, int maxSentenceTokens,
    boolean timeSentenceFilter) {

  public static final String DEFAULT_POS_MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  public static final String DEFAULT_NER_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  /**
   * Not a model: CoreNLP's default {@code ner} annotator as its own command line runs it (three
   * CRFs, numeric classifiers, SUTime, fine-grained regexner), for measuring our choice against it.
   */
  public static final String CORENLP_DEFAULT_NER = "corenlp-default";

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
    return new AnnotatorConfig(DEFAULT_POS_MODEL, DEFAULT_NER_MODEL, 250, true);
  }

  public AnnotatorConfig withNerModel(String model) {
    return new AnnotatorConfig(posModel, model, maxSentenceTokens, timeSentenceFilter);
  }

  public AnnotatorConfig withTimeSentenceFilter(boolean on) {
    return new AnnotatorConfig(posModel, nerModel, maxSentenceTokens, on);
  }

  public boolean usesCoreNlpDefaultNer() {
    return CORENLP_DEFAULT_NER.equals(nerModel);
  }
}
