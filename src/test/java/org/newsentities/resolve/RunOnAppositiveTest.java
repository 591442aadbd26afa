package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Appositives after a name without a comma (session titles6): a title anchored by "of/at" and a
 * name after it, a run of capitalized officer titles up to the end of the clause, "then/now" before
 * the title.
 */
class RunOnAppositiveTest {

  @Test
  void aTitleOfAnOrganizationTheTaggerMissedAfterTheName() {
    Titles t = Titles.of("The leaders included [PER Rita Hale] founder of Concerned Parents for "
        + "[LOC America] ; [PER Don Ruiz] a former president of the club .");
    t.has("Rita Hale", "founder", null, false);
  }

  @Test
  void aTitleOfAMiscellaneousNameAfterTheName() {
    Titles t = Titles.of("Admiral [PER Andrew Cole] commander of the [MISC Mediterranean Fleet] "
        + "sailed at dawn .");
    t.has("Andrew Cole", "commander", null, false);
    t.has("Andrew Cole", "Admiral", null, false);
  }

  @Test
  void andALowerCaseNounGoOnDescribingTheSamePerson() {
    Titles t = Titles.of("In October [PER George Pappas] president of the [ORG Socialist Movement] "
        + "party and son of a prime minister was elected .");
    t.has("George Pappas", "president", "Socialist Movement", false);
  }

  @Test
  void thenBeforeARunOnTitleMakesItFormer() {
    Titles t = Titles.of("In 1981 she met [PER Anna Wren] then fashion director of [ORG Vogue] and "
        + "was hired as her assistant .");
    t.has("Anna Wren", "fashion director", "Vogue", true);
  }

  @Test
  void capitalizedOfficerTitlesUpToTheEndOfTheClause() {
    Titles t = Titles.of("The firm is led by [PER Menno Akker] President Chief Executive Officer and"
        + " Director and [PER Bruce Ross] Chief Financial Officer .");
    assertEquals(List.of("President", "Chief Executive Officer", "Director"),
        t.titlesOf("Menno Akker"));
    t.has("Menno Akker", "Director", null, false);
    t.has("Bruce Ross", "Chief Financial Officer", null, false);
  }

  @Test
  void aCapitalizedTitleThatDoesNotEndTheClauseIsNoAppositive() {
    Titles t = Titles.of("They met [PER Bruce Ross] Chief Financial Officer candidates in [LOC "
        + "Ohio] .");
    assertTrue(t.titlesOf("Bruce Ross").isEmpty());
  }

  @Test
  void aLowerCaseTitleWithoutAPlaceAfterItIsNoRunOnAppositive() {
    Titles t = Titles.of("The deal gave [PER Tom Reed] head room in talks .");
    assertTrue(t.titlesOf("Tom Reed").isEmpty());
  }
}
