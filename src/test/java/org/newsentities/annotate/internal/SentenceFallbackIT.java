package org.newsentities.annotate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.Token;
import org.newsentities.config.AnnotatorConfig;

/**
 * A sentence that makes a CoreNLP annotator throw costs that sentence only: the article is tagged
 * again sentence by sentence, the bad one keeps its tokens without entity tags, the others keep
 * theirs, and a warning names the sentence. The tagger is the real POS + NER of our configuration
 * with {@link PoisonAnnotator} appended.
 */
class SentenceFallbackIT {

  private static final String TEXT = "Christopher Landberg met officials in Islamabad on Monday. "
      + "Then Maria Keller said XYZZY twice. Syed Haider Shah spoke later in Washington.";

  private static StanfordCoreNLP tokenizer;
  private static StanfordCoreNLP tagger;

  @BeforeAll
  static void load() {
    Properties t = new Properties();
    t.setProperty("annotators", "tokenize,ssplit");
    tokenizer = new StanfordCoreNLP(t, false);
    AnnotatorConfig config = AnnotatorConfig.defaults();
    Properties p = new Properties();
    p.setProperty("annotators", "pos,lemma,ner,poison");
    p.setProperty("customAnnotatorClass.poison", PoisonAnnotator.class.getName());
    p.setProperty("enforceRequirements", "false");
    p.setProperty("pos.model", config.posModel());
    p.setProperty("ner.model", config.nerModel());
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    tagger = new StanfordCoreNLP(p, false);
  }

  private static Annotation tokenized(String text) {
    Annotation a = new Annotation(text);
    tokenizer.annotate(a);
    return a;
  }

  @Test
  void onlyTheThrowingSentenceLosesItsTags() {
    Annotation doc = tokenized(TEXT);
    RuntimeException whole = assertThrows(RuntimeException.class, () -> tagger.annotate(doc));
    List<String> warnings = SentenceFallback.tagSentenceBySentence(tagger, doc, whole);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("sentence 2 (offset 59) could not be tagged: "
        + "java.lang.IllegalStateException: poisoned sentence"), warnings.get(0));

    AnnotatedText annotated = CoreNlpConverter.toAnnotatedText(TEXT, doc, warnings, java.util.Map.of());
    List<Sentence> sentences = annotated.sentences();
    assertEquals(3, sentences.size());
    assertEquals(List.of("PERSON", "PERSON"), nerOf(sentences.get(0), "Christopher", "Landberg"));
    assertEquals(List.of("LOCATION"), nerOf(sentences.get(0), "Islamabad"));
    assertTrue(sentences.get(1).tokens().stream().allMatch(tok -> tok.ner().equals("O")),
        "the failed sentence has no entities");
    assertEquals(List.of("PERSON", "PERSON", "PERSON"),
        nerOf(sentences.get(2), "Syed", "Haider", "Shah"));
    for (Token tok : annotated.tokens()) {
      assertTrue(tok.pos() != null && tok.lemma() != null, tok.toString());
    }
  }

  @Test
  void anInterruptIsNotRetriedSentenceBySentence() {
    Annotation doc = tokenized("A first sentence. Here INTERRUPTME comes. A third sentence.");
    assertThrows(RuntimeInterruptedException.class, () ->
        SentenceFallback.tagSentenceBySentence(tagger, doc, new IllegalStateException("first")));
  }

  private static List<String> nerOf(Sentence sentence, String... words) {
    return List.of(words).stream()
        .map(w -> sentence.tokens().stream().filter(t -> t.word().equals(w)).findFirst()
            .orElseThrow(() -> new AssertionError(w + " not in " + sentence)).ner())
        .toList();
  }
}
