package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsentities.model.Mention;

class EntityScorerTest {

  private static final String TEXT =
      "Christopher Landberg met U.S. officials. Landberg said Pakistan’s Foreign Office agreed.";

  @Test
  void aPredictedEntityMatchesThroughAnyGoldMention() {
    Scored s = EntityScorer.score("PERSON", "d", TEXT,
        List.of(gold("Christopher Landberg", "Christopher Landberg", "Landberg")),
        List.of(pred("Landberg")));
    assertEquals(new Prf(1, 0, 0), s.row("PERSON"));
  }

  @Test
  void matchingIsOneToOneSoASplitEntityCostsAFalsePositive() {
    Scored s = EntityScorer.score("PERSON", "d", TEXT,
        List.of(gold("Christopher Landberg", "Christopher Landberg", "Landberg")),
        List.of(pred("Christopher Landberg"), pred("Landberg")));
    assertEquals(new Prf(1, 1, 0), s.row("PERSON"));
    assertEquals(1, s.errors().size());
    assertEquals("FP", s.errors().get(0).kind());
  }

  @Test
  void namesCompareWithoutCaseDotsPossessivesAndCurlyQuotes() {
    Scored s = EntityScorer.score("ORGANIZATION", "d", TEXT,
        List.of(gold("United States", "United States", "US"),
            gold("Foreign Office", "Pakistan's Foreign Office")),
        List.of(pred("U.S."), pred("Pakistan’s Foreign Office")));
    assertEquals(new Prf(2, 0, 0), s.row("ORGANIZATION"));
  }

  @Test
  void aMatchingThatAGreedyPassWouldMissIsFound() {
    // The first prediction fits both gold entities; taking gold 1 for it would leave the second
    // prediction without a partner. The maximum matching pairs both.
    Scored s = EntityScorer.score("LOCATION", "d", TEXT,
        List.of(gold("Washington", "Washington"), gold("Washington, DC", "Washington, DC", "DC")),
        List.of(predWithMentions("Washington, DC", "Washington", "Washington, DC"),
            pred("Washington")));
    assertEquals(new Prf(2, 0, 0), s.row("LOCATION"));
  }

  @Test
  void nothingInCommonScoresZero() {
    Scored s = EntityScorer.score("PERSON", "d", TEXT,
        List.of(gold("Syed Haider Shah", "Syed Haider Shah")),
        List.of(pred("Landberg"), pred("Counterterrorism Christopher Landberg")));
    assertEquals(new Prf(0, 2, 1), s.row("PERSON"));
    assertEquals(0.0, s.row("PERSON").f1());
    assertEquals(List.of("FN", "FP", "FP"), s.errors().stream().map(e -> e.kind()).toList());
    assertEquals("(not found in the text)", s.errors().get(0).context());
  }

  @Test
  void errorsCarryTheContextOfTheMention() {
    Scored s = EntityScorer.score("PERSON", "d", TEXT, List.of(), List.of(pred("Landberg")));
    assertEquals("…hristopher Landberg met U.S. officials. [[Landberg]] said Pakistan’s Foreign Office "
        + "agreed.", s.errors().get(0).context());
  }

  static DocGold.Entity gold(String name, String... mentions) {
    return new DocGold.Entity(name, List.of(mentions));
  }

  /** A predicted entity whose mentions are the occurrences of its name in TEXT. */
  static EntityScorer.Predicted pred(String name) {
    return predWithMentions(name, name);
  }

  static EntityScorer.Predicted predWithMentions(String name, String... strings) {
    List<Mention> mentions = new ArrayList<>();
    for (String s : strings) {
      int at = TEXT.lastIndexOf(s);
      mentions.add(at >= 0 ? new Mention(s, at, at + s.length()) : new Mention(s, 0, s.length()));
    }
    return new EntityScorer.Predicted(name, mentions);
  }
}
