package org.newsentities.resolve;

import org.junit.jupiter.api.Test;

/**
 * Organization attribution for patterns found among the develop half of the KBP37 employer
 * examples (docs/TITLES.md, "kbp37-orgs"); the sentences are written for these tests.
 */
class TitleOrganizationKbpTest {

  @Test
  void anOrganizationWithItsAcronymInBracketsBeforeTheTitle() {
    Titles t = Titles.of("Growth will stay weak , [ORG European Central Bank] ( [ORG ECB] ) "
        + "President [PER Jean-Claude Trichet] told [ORG France] 's [ORG RTL] radio .");
    t.has("Jean-Claude Trichet", "President", "European Central Bank", false);
  }

  @Test
  void aPartyBeforeAHeadOfGovernmentIsAnAffiliation() {
    Titles t = Titles.of("[MISC Conservative] Prime Minister [PER Stephen Harper] won a third "
        + "election in [LOC Canada] .");
    t.has("Stephen Harper", "Prime Minister", "Canada", false);
  }

  @Test
  void aPartyBeforeAPartyPostStaysItsOrganization() {
    Titles t = Titles.of("[MISC Tory] leader [PER Michael Howard] spoke in [LOC Canada] .");
    t.has("Michael Howard", "leader", "Conservative Party", false);
  }

  @Test
  void anOrganizationAfterTheTitleWinsOverAPartyInFront() {
    Titles t = Titles.of("Voters like her , said [PER Jim Whitaker] , the [MISC Republican] mayor "
        + "of the [ORG Fairbanks North Star Borough] .");
    t.has("Jim Whitaker", "mayor", "Fairbanks North Star Borough", false);
  }

  @Test
  void aLowerCaseWordIsNoParty() {
    Titles t = Titles.of("[LOC Hungary] 's [MISC conservative] Prime Minister [PER Viktor "
        + "Orban] opposed the plan .");
    t.has("Viktor Orban", "Prime Minister", "Hungary", false);
  }

  @Test
  void anActingModifierIsNotPartOfTheCountry() {
    Titles t = Titles.of("She served as a consultant to [LOC Acting United States] Secretary of "
        + "State [PER Lawrence Eagleburger] .");
    t.has("Lawrence Eagleburger", "Secretary of State", "United States", false);
  }

  @Test
  void sovietAndEcuadoranAreCountryAdjectives() {
    Titles t = Titles.of("In 1990 [MISC Soviet] President [PER Mikhail Gorbachev] spoke . "
        + "Colombia backed [MISC Ecuadoran] President [PER Rafael Correa] .");
    t.has("Mikhail Gorbachev", "President", "Soviet Union", false);
    t.has("Rafael Correa", "President", "Ecuador", false);
  }

  @Test
  void anOrganizationAfterAFieldOfStudy() {
    Titles t = Titles.of("[PER Tim Howard] , a professor of law at [ORG Northeastern University] , "
        + "is leading the lawsuits .");
    t.has("Tim Howard", "professor", "Northeastern University", false);
  }

  @Test
  void aBandAfterADescriptionWithACountryAdjective() {
    Titles t = Titles.of("[PER Paul Smith] is the singer for the [MISC British] indie rock group "
        + "[ORG Park] . [PER Tony Palacios] is the lead guitarist of the [MISC Christian] hard rock "
        + "band [ORG Guardian] .");
    t.has("Paul Smith", "singer", "Park", false);
    t.has("Tony Palacios", "lead guitarist", "Guardian", false);
  }

  @Test
  void aBandNameTheTaggerMissedBeforeAMusician() {
    Titles t = Titles.of("The songs were produced by Fear Factory guitarist [PER Dino Cazares] .");
    t.has("Dino Cazares", "guitarist", "Fear Factory", false);
  }

  @Test
  void aCurrencyDoesNotNameTheCountryOfAnOffice() {
    Titles t = Titles.of("Health Minister [PER Chua Soi Lek] said the vaccine will cost 350 "
        + "million ringgit ( 94.59 million [LOC U.S.] dollars ) .");
    t.has("Chua Soi Lek", "Health Minister", null, false);
  }

  @Test
  void anAlbumIsNoEmployerOfItsSinger() {
    Titles t = Titles.of("[ORG Follow Your Heart] is the first album by [MISC Australian] singer "
        + "[PER Nikki Webster] .");
    t.has("Nikki Webster", "singer", null, false);
  }

  @Test
  void minorityLeaderIsTheTitleAndTheSenateItsBody() {
    Titles t = Titles.of("[ORG Senate Minority Leader] [PER Mitch McConnell] wrote to the Fed .");
    t.has("Mitch McConnell", "Minority Leader", "Senate", false);
  }

  @Test
  void anUnnamedUniversityChancellorHasNoCountry() {
    Titles t = Titles.of("[MISC American] writer [PER Bill Bryson] , the university 's "
        + "chancellor , said the recovery was wonderful news .");
    t.has("Bill Bryson", "chancellor", null, false);
  }

  @Test
  void theCountryAfterTheHoldersName() {
    Titles t = Titles.of("In April Prime Minister [PER Mykola Azarov] of [LOC Ukraine] met the "
        + "President of [LOC Brazil] , [PER Dilma Rousseff] , in [LOC Sanya] .");
    t.has("Mykola Azarov", "Prime Minister", "Ukraine", false);
  }

  @Test
  void aMusicianInABand() {
    Titles t = Titles.of("[PER Tim Owens] replaced [PER Rob Halford] , the lead singer in [ORG "
        + "Judas Priest] , in 1996 .");
    t.has("Rob Halford", "lead singer", "Judas Priest", false);
  }
}
