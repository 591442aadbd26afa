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

  @Test
  void aTitleOfAnOrganizationAndARankBeforeTheName() {
    Titles t = Titles.of("In 1943 the commander of the [ORG Fifth Air Force] Lieutenant General "
        + "[PER George Kenny] said more planes were needed .");
    t.has("George Kenny", "commander", "Fifth Air Force", false);
    t.has("George Kenny", "Lieutenant General", null, false);
  }

  @Test
  void aTitleOfAnOrganizationTheTaggerCutShortBeforeTheName() {
    Titles t = Titles.of("The coach of the [LOC Colorado] Rapids [PER Gary Smyth] said the team "
        + "was ready .");
    assertEquals(List.of("coach"), t.titlesOf("Gary Smyth"));
  }

  @Test
  void aSpokesmanForAnOrganizationsOfficialIsNotThatOfficial() {
    Titles t = Titles.of("A spokesman for the [ORG UN] Secretary-General [PER Ban Kim] said so .");
    assertEquals(List.of("Secretary-General"), t.titlesOf("Ban Kim"));
  }

  @Test
  void aKinshipNounAfterAndIsNoCoordinatedTitle() {
    Titles t = Titles.of("His grandsons were named Chairman and Vice-Chairman of the company and "
        + "nephew [PER Franco Trapp] was named CEO .");
    assertEquals(List.of("CEO"), t.titlesOf("Franco Trapp"));
  }
}
