package org.newsentities.annotate.internal;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator that throws on any sentence containing the word {@code XYZZY} (and signals an
 * interrupt on {@code INTERRUPTME}), standing in for the inputs that make a CoreNLP annotator fail,
 * which come and go with CoreNLP versions. Loaded by CoreNLP as {@code customAnnotatorClass.poison}.
 */
public final class PoisonAnnotator implements Annotator {

  public PoisonAnnotator(String name, Properties props) {}

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        if (token.word().equals("XYZZY")) {
          throw new IllegalStateException("poisoned sentence");
        }
        if (token.word().equals("INTERRUPTME")) {
          throw new RuntimeInterruptedException();
        }
      }
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of();
  }
}
