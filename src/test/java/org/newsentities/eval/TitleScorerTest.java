package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.model.Mention;
import org.newsentities.model.Person;
import org.newsentities.model.Title;

class TitleScorerTest {

  private static final DocGold GOLD = new DocGold("d", Optional.empty(),
      List.of(new DocGold.Entity("Gordon Brown", List.of("Gordon Brown", "Brown")),
          new DocGold.Entity("Barbara Stocking", List.of("Barbara Stocking"))),
      List.of(new DocGold.Entity("Oxfam", List.of("Oxfam", "the charity"))),
      List.of(new DocGold.Entity("UK", List.of("UK", "Britain"))),
      List.of(
          pair("Gordon Brown", "Chancellor", "UK", false, false),
          pair("Barbara Stocking", "director", "Oxfam", true, false)),
      Optional.empty());

  @Test
  void strictNeedsTheSameTitleLenientAcceptsContainment() {
    Scored s = TitleScorer.score("d", "", GOLD, List.of(
        person("Brown", title("chancellor", "Britain", false)),
        person("Barbara Stocking", title("charity director", "Oxfam", false))));
    assertEquals(new Prf(1, 1, 1), s.row(TitleScorer.STRICT));
    assertEquals(new Prf(2, 0, 0), s.row(TitleScorer.LENIENT));
    // Britain is a mention of the gold org UK, so both organizations are right.
    assertEquals(2, s.count(TitleScorer.ORG_RIGHT));
    assertEquals(2, s.count(TitleScorer.FORMER_RIGHT));
    // Brown's pair is implicit and found strictly; Stocking's is explicit and found leniently.
    assertEquals(1, s.count("implicit found strict"));
    assertEquals(0, s.count("explicit found strict"));
    assertEquals(1, s.count("explicit found lenient"));
  }

  @Test
  void theRightTitleOnTheWrongPersonScoresZero() {
    Scored s = TitleScorer.score("d", "", GOLD, List.of(
        person("Tony Blair", title("Chancellor", "UK", false)),
        person("Gordon Brown", title("director", "Oxfam", false))));
    assertEquals(new Prf(0, 2, 2), s.row(TitleScorer.STRICT));
    assertEquals(new Prf(0, 2, 2), s.row(TitleScorer.LENIENT));
    assertEquals(0, s.count(TitleScorer.MATCHED));
    assertEquals(4, s.errors().size());
  }

  @Test
  void wordsMustBeContainedAsWordsNotCharacters() {
    assertFalse(ScoringNames.oneContainsTheOther("or", "director"));
    assertTrue(ScoringNames.oneContainsTheOther("Foreign Secretary", "foreign  secretary"));
    assertTrue(ScoringNames.oneContainsTheOther("shadow international development secretary",
        "development secretary"));
  }

  @Test
  void repeatedOccurrencesOfOneTitleCountOnceKeepingTheOrganization() {
    Scored s = TitleScorer.score("d", "", GOLD, List.of(
        person("Gordon Brown", title("Chancellor", null, false), title("chancellor", "UK", true))));
    assertEquals(new Prf(1, 0, 1), s.row(TitleScorer.STRICT));
    assertEquals(1, s.count(TitleScorer.ORG_RIGHT));
    assertEquals(0, s.count(TitleScorer.FORMER_RIGHT));
  }

  @Test
  void aMissingOrWrongOrganizationIsCountedWrong() {
    Scored s = TitleScorer.score("d", "", GOLD, List.of(
        person("Gordon Brown", title("Chancellor", null, false)),
        person("Barbara Stocking", title("director", "Save the Children", false))));
    assertEquals(2, s.count(TitleScorer.MATCHED));
    assertEquals(0, s.count(TitleScorer.ORG_RIGHT));
  }

  private static DocGold.TitlePair pair(String person, String title, String org, boolean explicit,
      boolean former) {
    return new DocGold.TitlePair(person, title, Optional.ofNullable(org), title, explicit, former,
        "evidence of " + title);
  }

  private static Person person(String name, Title... titles) {
    return new Person("p", name, List.of(new Mention(name, 0, name.length())), List.of(titles));
  }

  private static Title title(String title, String org, boolean former) {
    return new Title(title, Optional.ofNullable(org), former, title, 0, title.length());
  }
}
