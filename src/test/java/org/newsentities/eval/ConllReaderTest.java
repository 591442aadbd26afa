package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsentities.eval.ConllReader.ConllDocument;

class ConllReaderTest {

  static final String SAMPLE = """
      CRICKET NNP I-NP O
      - : O O
      LEICESTERSHIRE NNP I-NP I-ORG

      LONDON NNP I-NP I-LOC
      1996-08-30 CD I-NP O

      -DOCSTART- -X- O O

      Phil NNP I-NP I-PER
      Simmons NNP I-NP I-PER
      took VBD I-VP O
      four CD I-NP O
      . . O O
      """;

  @Test
  void documentsAreSplitAtDocstartAndTheFirstNeedsNone() throws IOException {
    List<ConllDocument> docs = read(SAMPLE);
    assertEquals(2, docs.size());
    assertEquals(2, docs.get(0).sentences().size());
    assertEquals("I-ORG", docs.get(0).sentences().get(0).get(2).tag());
    assertEquals("Simmons", docs.get(1).sentences().get(0).get(1).word());
    assertEquals(2, docs.get(1).number());
  }

  @Test
  void theTextIsTokensJoinedBySpacesAndSentencesByABlankLine() throws IOException {
    ConllText text = ConllText.of(read(SAMPLE).get(0));
    assertEquals("CRICKET - LEICESTERSHIRE\n\nLONDON 1996-08-30", text.text());
    assertEquals(List.of(new IobSpans.TypedSpan("ORG", 2, 3), new IobSpans.TypedSpan("LOC", 3, 4)),
        text.gold());
    assertEquals(5, text.tokens());
  }

  @Test
  void aLineWithoutTagIsAnError() {
    assertThrows(IOException.class, () -> read("word\n"));
  }

  static List<ConllDocument> read(String conll) throws IOException {
    return new ConllReader().read(new BufferedReader(new StringReader(conll)), "sample");
  }
}
