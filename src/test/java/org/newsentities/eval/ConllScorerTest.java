package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsentities.model.Mention;

/**
 * Text of the second sample document: "Phil Simmons took four for 38 on Friday as Leicestershire
 * beat Somerset in London ." with gold PER [Phil Simmons], ORG [Leicestershire], ORG [Somerset],
 * LOC [London], MISC [Friday] (MISC made up for the test).
 */
class ConllScorerTest {

  private static final String CONLL = """
      -DOCSTART- -X- O O

      Phil NNP I-NP I-PER
      Simmons NNP I-NP I-PER
      took VBD I-VP O
      four CD I-NP O
      for IN I-PP O
      38 CD I-NP O
      on IN I-PP O
      Friday NNP I-NP I-MISC
      as IN I-PP O
      Leicestershire NNP I-NP I-ORG
      beat VBD I-VP O
      Somerset NNP I-NP I-ORG
      in IN I-PP O
      London NNP I-NP I-LOC
      . . O O
      """;

  @Test
  void exactSpansOfTheRightTypeAreTruePositives() throws IOException {
    ConllText text = text();
    Scored s = ConllScorer.score("d", text, List.of(
        at(text, "PER", "Phil Simmons"), at(text, "ORG", "Leicestershire"),
        at(text, "LOC", "Somerset"), at(text, "LOC", "London")));
    assertEquals(new Prf(1, 0, 0), s.row("PER"));
    // Somerset predicted as a location: a false positive for LOC and a miss for ORG.
    assertEquals(new Prf(1, 0, 1), s.row("ORG"));
    assertEquals(new Prf(1, 1, 0), s.row("LOC"));
    assertEquals(1, s.count(ConllScorer.GOLD_MISC));
  }

  @Test
  void aPartialSpanIsAFalsePositiveAndAMiss() throws IOException {
    ConllText text = text();
    Scored s = ConllScorer.score("d", text, List.of(at(text, "PER", "Simmons")));
    assertEquals(new Prf(0, 1, 1), s.row("PER"));
  }

  @Test
  void aMentionCuttingATokenCannotMatch() throws IOException {
    ConllText text = text();
    int start = text.text().indexOf("Leicester");
    Scored s = ConllScorer.score("d", text,
        List.of(new ConllScorer.Predicted("ORG", new Mention("Leicester", start, start + 9))));
    assertEquals(new Prf(0, 1, 2), s.row("ORG"));
    assertEquals(1, s.count(ConllScorer.OFF_BOUNDARY));
  }

  @Test
  void noPredictionsScoreZeroWithEveryGoldEntityMissed() throws IOException {
    Scored s = ConllScorer.score("d", text(), List.of());
    assertEquals(new Prf(0, 0, 1), s.row("PER"));
    assertEquals(new Prf(0, 0, 2), s.row("ORG"));
    assertEquals(new Prf(0, 0, 1), s.row("LOC"));
    assertEquals(4, s.errors().size());
  }

  private static ConllText text() throws IOException {
    return ConllText.of(ConllReaderTest.read(CONLL).get(0));
  }

  private static ConllScorer.Predicted at(ConllText text, String type, String s) {
    int start = text.text().indexOf(s);
    return new ConllScorer.Predicted(type, new Mention(s, start, start + s.length()));
  }
}
