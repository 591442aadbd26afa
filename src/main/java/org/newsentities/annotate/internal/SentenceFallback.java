package org.newsentities.annotate.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;

/**
 * When tagging a whole document throws, tags it again one sentence at a time: a sentence that still
 * throws keeps its tokens with tags "O", and a warning names it. One bad sentence never costs the
 * article.
 */
public final class SentenceFallback {

  private SentenceFallback() {}

  public static List<String> tagSentenceBySentence(StanfordCoreNLP tagger, Annotation document,
      RuntimeException cause) {
    List<String> warnings = new ArrayList<>();
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap sentence : sentences) {
      Annotation single = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
      single.set(CoreAnnotations.TokensAnnotation.class,
          sentence.get(CoreAnnotations.TokensAnnotation.class));
      single.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
      try {
        tagger.annotate(single);
      } catch (RuntimeInterruptedException e) {
        throw e; // out of time: stop, do not tag the rest
      } catch (RuntimeException e) {
        int index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        warnings.add("sentence " + (index + 1) + " (offset " + begin + ") could not be tagged: " + e);
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
          if (token.tag() == null) {
            token.setTag("X");
          }
          if (token.lemma() == null) {
            token.setLemma(token.word());
          }
          token.setNER("O");
        }
      }
    }
    if (warnings.isEmpty()) {
      warnings.add("tagging the whole document failed (" + cause + "); every sentence tagged alone");
    }
    return warnings;
  }
}
