package org.newsentities.annotate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTriggersTest {

  private final TimeTriggers triggers = TimeTriggers.load(TimeTriggers.DEFAULT_LEXICON);

  @Test
  void digitsUnitsNamesAndAbbreviationsTrigger() {
    for (String w : List.of("2023", "6-7", "March", "Monday", "weeks", "DEC.", "two-day", "now")) {
      assertTrue(triggers.isTrigger(w), w);
    }
    for (String w : List.of("Pakistan", "dialogue", "the", "last", "two", "said")) {
      assertFalse(triggers.isTrigger(w), w);
    }
  }

  @Test
  void sentenceWithoutTriggersIsLeftOut() {
    assertEquals(List.of(), triggers.candidates(List.of(sentence(0, "The talks went well ."))));
  }

  @Test
  void shortSentenceWithATriggerIsKeptWhole() {
    CoreMap s = sentence(0, "Talks begin on Monday .");
    assertSame(s, triggers.candidates(List.of(s)).get(0));
  }

  @Test
  void longSentenceIsCutToWindowsAroundTriggersWithOriginalOffsets() {
    String filler = "a b c d e f g h i j k l m n o p q r s t u v w x y z";
    CoreMap s = sentence(100, "On Monday " + filler + " until March 2023 .");
    List<CoreMap> windows = triggers.candidates(List.of(s));
    assertEquals(2, windows.size());
    List<CoreLabel> first = windows.get(0).get(CoreAnnotations.TokensAnnotation.class);
    assertEquals("On", first.get(0).word());
    assertEquals(1 + TimeTriggers.CONTEXT + 1, first.size());
    List<CoreLabel> second = windows.get(1).get(CoreAnnotations.TokensAnnotation.class);
    assertEquals(".", second.get(second.size() - 1).word());
    assertEquals(100 + second.get(0).index() - 1,
        (int) windows.get(1).get(CoreAnnotations.TokenBeginAnnotation.class));
  }

  /** Whitespace-tokenized sentence whose first token has document index {@code tokenBegin}. */
  private static CoreMap sentence(int tokenBegin, String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    int offset = 0;
    for (String w : text.split(" ")) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setBeginPosition(offset);
      t.setEndPosition(offset + w.length());
      t.setIndex(tokens.size() + 1);
      tokens.add(t);
      offset += w.length() + 1;
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    s.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
    return s;
  }
}
