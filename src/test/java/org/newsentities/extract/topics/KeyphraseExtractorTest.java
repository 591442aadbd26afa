package org.newsentities.extract.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.config.TopicConfig;
import org.newsentities.extract.EntityMentionExtractor;
import org.newsentities.extract.EntitySpan;
import org.newsentities.model.Keyphrase;

/** Keyphrases from hand-tagged sentences (POS and NER as CoreNLP would give them). */
class KeyphraseExtractorTest {

  private static StopWords stopWords;
  private static KeyphraseExtractor extractor;

  /** A small background: "talks", "week" and "official" are everyday news words. */
  private static final DocumentFrequencies BACKGROUND = new DocumentFrequencies(1000, Map.of(
      "talk", 200, "week", 400, "official", 300, "country", 250, "dialogue", 20,
      "terrorism", 15, "financ", 60, "threat", 40, "border", 50));

  @BeforeAll
  static void load() {
    stopWords = StopWords.load(TopicConfig.defaults().stopWords());
    extractor = new KeyphraseExtractor(stopWords, BACKGROUND, 10);
  }

  private static final AnnotatedText ARTICLE = TaggedText.of(
      "Pakistan/NNP/LOCATION and/CC the/DT United/NNP/LOCATION States/NNPS/LOCATION will/MD"
          + " hold/VB a/DT two/CD ~-/HYPH ~day/NN counter-terrorism/JJ dialogue/NN in/IN"
          + " Islamabad/NNP/LOCATION ./.",
      "The/DT Counter/NNP Terrorism/NNP Dialogue/NNP will/MD discuss/VB the/DT financing/NN"
          + " of/IN terrorism/NN and/CC border/NN security/NN ./.",
      "Officials/NNS said/VBD the/DT US/NNP/LOCATION wants/VBZ to/TO counter/VB the/DT"
          + " financing/NN of/IN terrorism/NN after/IN the/DT cease/NN ~-/HYPH ~fire/NN"
          + " collapsed/VBD last/JJ week/NN ./.",
      "Pakistan/NNP/LOCATION said/VBD the/DT talks/NNS on/IN border/NN security/NN would/MD"
          + " cover/VB the/DT common/JJ threat/NN of/IN terrorism/NN ./.");

  private static List<Keyphrase> keyphrases() {
    List<EntitySpan> spans = new EntityMentionExtractor().extract(ARTICLE);
    return extractor.extract(Optional.of("Pakistan and US open counter-terrorism dialogue"),
        ARTICLE, spans);
  }

  private static List<String> texts() {
    return keyphrases().stream().map(Keyphrase::text).toList();
  }

  @Test
  void findsNounPhrasesJoinedByOf() {
    assertTrue(texts().contains("financing of terrorism"), texts().toString());
  }

  @Test
  void spellingVariantsAreOnePhraseWrittenInLowerCase() {
    // "counter-terrorism dialogue" and "Counter Terrorism Dialogue" are the same phrase
    long variants = texts().stream()
        .filter(t -> key(t).equals("counterterrorismdialogue")).count();
    assertEquals(1, variants, texts().toString());
    assertTrue(texts().contains("counter-terrorism dialogue"), texts().toString());
  }

  @Test
  void entitiesAreKeyphrasesAndAnAcronymJoinsItsFullName() {
    assertTrue(texts().contains("Pakistan"), texts().toString());
    assertTrue(texts().contains("United States"), texts().toString());
    assertFalse(texts().contains("US"), "US is the United States: " + texts());
  }

  @Test
  void hyphenatedWordsStayWhole() {
    assertFalse(texts().stream().anyMatch(t -> t.equals("fire") || t.equals("day")), texts().toString());
  }

  @Test
  void noStopWordsNoDuplicatesAndScoresScaledToTheBest() {
    List<Keyphrase> phrases = keyphrases();
    assertTrue(phrases.size() >= 5 && phrases.size() <= 10, phrases.toString());
    assertEquals(1.0, phrases.get(0).score());
    Set<String> keys = new HashSet<>();
    for (Keyphrase k : phrases) {
      assertTrue(keys.add(key(k.text())), "duplicate: " + k);
      assertTrue(k.score() > 0 && k.score() <= 1, k.toString());
      for (String word : k.text().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        assertTrue(word.equals("of") || !stopWords.contains(word), "stop word in " + k);
      }
    }
    assertFalse(keys.contains("week") || keys.contains("lastweek"), "a common word alone: " + phrases);
  }

  @Test
  void aPersonWithATitleIsNotAPhraseButTheNameIs() {
    AnnotatedText text = TaggedText.of(
        "Foreign/NNP Secretary/NNP Asad/NNP/PERSON Majeed/NNP/PERSON Khan/NNP/PERSON joined/VBD"
            + " the/DT talks/NNS on/IN violent/JJ extremism/NN ./.",
        "Khan/NNP/PERSON said/VBD violent/JJ extremism/NN threatens/VBZ the/DT region/NN ./.");
    List<String> texts = extractor.extract(Optional.empty(), text,
        new EntityMentionExtractor().extract(text)).stream().map(Keyphrase::text).toList();
    assertTrue(texts.contains("violent extremism"), texts.toString());
    assertTrue(texts.contains("Asad Majeed Khan"), texts.toString());
    assertFalse(texts.stream().anyMatch(t -> t.contains("Secretary Asad")), texts.toString());
  }

  @Test
  void aTextWithoutNounsHasNoKeyphrases() {
    AnnotatedText text = TaggedText.of("It/PRP was/VBD over/RB ./.");
    assertTrue(extractor.extract(Optional.empty(), text, List.of()).isEmpty());
  }

  private static String key(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
  }
}
