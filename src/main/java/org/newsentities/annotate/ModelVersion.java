package org.newsentities.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newsentities.config.AnnotatorConfig;

/** Names the NLP library and models a configuration loads, without loading them. */
public final class ModelVersion {

  private ModelVersion() {}

  /** "CoreNLP 4.5.10 (pos english-left3words-distsim.tagger, ner english.conll.4class...)". */
  public static String describe(AnnotatorConfig config) {
    String version = StanfordCoreNLP.class.getPackage().getImplementationVersion();
    return "CoreNLP " + (version == null ? "unknown" : version) + " (pos "
        + fileName(config.posModel()) + ", ner " + fileName(config.nerModel()) + ")";
  }

  private static String fileName(String location) {
    return location.substring(location.replace('\\', '/').lastIndexOf('/') + 1);
  }
}
