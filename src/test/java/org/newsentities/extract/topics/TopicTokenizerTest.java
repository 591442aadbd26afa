package org.newsentities.extract.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTokenizerTest {

  @Test
  void splitsHyphensDropsPossessivesAndKeepsTheCountryApartFromThePronoun() {
    assertEquals(List.of("pakistan", "counter", "terrorism", "dialogue", "with", "u.s.", "us", "un"),
        TopicTokenizer.words("Pakistan's counter-terrorism dialogue with the US... us, U.N."
            .replace(" the", "")));
  }

  @Test
  void theSameLemmaForInflectedForms() {
    for (String[] forms : new String[][] {
        {"attack", "attacks", "attacked", "attacking"},
        {"country", "countries"},
        {"tax", "taxes"},
        {"election", "elections"},
        {"decide", "decided", "decides"},
        {"plan", "plans", "planned", "planning"}}) {
      for (String form : forms) {
        assertEquals(LightLemmatizer.lemma(forms[0]), LightLemmatizer.lemma(form), form);
      }
    }
  }

  @Test
  void wordsThatOnlyLookPluralStayAsTheyAre() {
    for (String w : List.of("news", "crisis", "virus", "politics", "status", "aids")) {
      assertEquals(w, LightLemmatizer.lemma(w));
    }
  }

  @Test
  void normalizeJoinsTheWordsOfOneToken() {
    assertEquals(TopicTokenizer.normalize("counterterrorism"), TopicTokenizer.normalize("counter-terrorism"));
    assertEquals("", TopicTokenizer.normalize("--"));
  }
}
