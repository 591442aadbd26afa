package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles in apposition to the name, after it or before it. */
class AppositiveTitlesTest {

  @Test
  void titleAfterTheNameWithAnAbbreviation() {
    Titles t = Titles.of("[PER Syed Haider Shah] , Additional Secretary (UN&ED) will lead "
        + "[LOC Pakistan] delegation , the [ORG Pakistani Foreign Office] said .");
    t.has("Syed Haider Shah", "Additional Secretary (UN&ED)", "Pakistani Foreign Office", false);
  }

  @Test
  void titleWithItsOrganizationAfterTheName() {
    Titles t = Titles.of("[PER Rick Wagoner] , chief executive of [ORG General Motors] , said "
        + "sales would rise .");
    t.has("Rick Wagoner", "chief executive", "General Motors", false);
  }

  @Test
  void lowerCasePossessorInTheApposition() {
    Titles t = Titles.of("[ORG Acme Corp] had a good year . [PER Jane Smith] , the company 's "
        + "chief executive , said profits rose .");
    t.has("Jane Smith", "chief executive", "Acme Corp", false);
  }

  @Test
  void possessorNounReferringToTheOrganizationBefore() {
    Titles t = Titles.of("The [ORG Association of Social Workers] said it agreed . [PER Tony "
        + "Hunter] , the organisation 's president , said the plan was right .");
    t.has("Tony Hunter", "president", "Association of Social Workers", false);
  }

  @Test
  void titleBeforeTheNameWithDeterminer() {
    Titles t = Titles.of("The control orders would be imposed by the home secretary , [PER "
        + "Charles Clarke] , rather than a judge .");
    t.has("Charles Clarke", "home secretary", null, false);
  }

  @Test
  void countryPossessiveBeforeTheName() {
    Titles t = Titles.of("The strategist helped [LOC Australia] 's PM , [PER John Howard] , win "
        + "four elections .");
    t.has("John Howard", "PM", "Australia", false);
  }

  @Test
  void ageAndFormerMarkerInTheApposition() {
    Titles t = Titles.of("The defection of [PER Robert Jackson] , 58 , a former minister , to "
        + "[ORG Labour] was a blow .");
    t.has("Robert Jackson", "minister", null, true);
  }

  @Test
  void descriptiveAdjectivesAndADescribedOrganization() {
    Titles t = Titles.of("[PER Charlie Bell] , the straight-talking former head of fast-food "
        + "giant [ORG McDonald] 's , has died .");
    t.has("Charlie Bell", "head", "McDonald", true);
  }

  @Test
  void coordinatedTitlesShareTheOrganization() {
    Titles t = Titles.of("[PER Jane Doe] , chairman and chief executive of [ORG Acme Corp] , "
        + "said profits rose .");
    t.has("Jane Doe", "chief executive", "Acme Corp", false);
    t.has("Jane Doe", "chairman", "Acme Corp", false);
    assertEquals(List.of("chairman", "chief executive"), t.titlesOf("Jane Doe"));
  }

  @Test
  void titleBeforeAnotherNameBelongsToThatName() {
    Titles t = Titles.of("After meeting [PER Tony Blair] , Chancellor [PER Gordon Brown] said "
        + "nothing .");
    assertTrue(t.titlesOf("Tony Blair").isEmpty());
    t.has("Gordon Brown", "Chancellor", null, false);
  }

  @Test
  void appositionWithoutCommasAfterAnArticle() {
    Titles t = Titles.of("Yet [PER Martin Feldstein] a [ORG Harvard] professor is worried .");
    t.has("Martin Feldstein", "professor", "Harvard", false);
  }

  @Test
  void thenMakesAnAppositiveFormer() {
    Titles t = Titles.of("He was hired by [PER Theo Epstein] , then the [ORG Sox] ' assistant "
        + "general manager , in 2002 .");
    t.has("Theo Epstein", "assistant general manager", "Sox", true);
  }

  @Test
  void copulaWithTwoCoordinatedTitles() {
    Titles t = Titles.of("[PER Robert Zoellick] is the former Deputy Secretary of the [ORG U.S. "
        + "State Department] and the former Chairman of [ORG Goldman Sachs ' Board of "
        + "International Advisors] .");
    t.has("Robert Zoellick", "Deputy Secretary", "U.S. State Department", true);
    t.has("Robert Zoellick", "Chairman", "Goldman Sachs", true);
  }

  @Test
  void listsOfNamesGetNoTitles() {
    Titles t = Titles.of("[PER Tony Blair] , [PER Gordon Brown] and [PER John Prescott] met .");
    t.names().forEach(n -> assertTrue(t.titlesOf(n).isEmpty(), n));
  }

  @Test
  void titleWithItsOrganizationRightAfterTheNameWithoutPunctuation() {
    Titles t = Titles.of("The post held by [PER Hua Guofeng] chairman of the [ORG Central Military "
        + "Commission] was taken by [PER Deng] in 1981 .");
    t.has("Hua Guofeng", "chairman", "Central Military Commission", false);
    assertTrue(t.titlesOf("Deng").isEmpty());
  }

  @Test
  void namedPossessorBeforeTheOrganization() {
    Titles t = Titles.of("[PER Albert Ho] , chairman of [LOC Hong Kong] 's [ORG Democratic Party] , "
        + "criticized the plan .");
    t.has("Albert Ho", "chairman", "Democratic Party", false);
  }

  @Test
  void atTheTimeBetweenTitleAndNameMakesItFormer() {
    Titles t = Titles.of("But [LOC Iceland] 's prime minister at the time [PER Geir Haarde] "
        + "blasted the move .");
    t.has("Geir Haarde", "prime minister", "Iceland", true);
  }

  @Test
  void anOfficialFromAnOrganization() {
    Titles t = Titles.of("\"The rules are clear , \" said [PER Wang Li] , an official from the "
        + "[ORG Shanghai Port Authority] .");
    t.has("Wang Li", "official", "Shanghai Port Authority", false);
  }

  @Test
  void aCountryAfterFromIsNoOrganization() {
    Titles t = Titles.of("[PER Ivo Reis] , a coach from [LOC Brazil] , took the session .");
    t.has("Ivo Reis", "coach", null, false);
  }

  @Test
  void aFieldBeforeAModifier() {
    Titles t = Titles.of("[PER Doug Hale] , a marketing vice president at [ORG Norcross Systems] , "
        + "said demand was strong .");
    t.has("Doug Hale", "marketing vice president", "Norcross Systems", false);
  }

  @Test
  void aModifierBeforeTheCountryInFrontOfTheTitle() {
    Titles t = Titles.of("\" Growth will slow , \" said [PER Sung Won Sohn] , chief [LOC US] "
        + "economist for [ORG Wells Fargo Bank] . Former deputy [ORG UN] envoy [PER Ian Marsh] "
        + "agreed .");
    t.has("Sung Won Sohn", "chief US economist", "Wells Fargo Bank", false);
    t.has("Ian Marsh", "deputy UN envoy", "UN", true);
    Titles capital = Titles.of("Acting [LOC United States] Secretary of State [PER Lee Burr] "
        + "spoke .");
    capital.has("Lee Burr", "Secretary of State", "United States", false);
  }

  @Test
  void theOnlyOrTheOneBeforeTheTitle() {
    Titles t = Titles.of("But [PER Tom Walker] , the one law lord to oppose the appeal , said it "
        + "was lawful .");
    t.has("Tom Walker", "law lord", null, false);
  }

  @Test
  void aPartyPossessiveRightAfterTheComma() {
    Titles t = Titles.of("His enthusiasm remains , [PER Alan Milburn] , [ORG Labour] 's election "
        + "strategist told the programme .");
    t.has("Alan Milburn", "election strategist", "Labour Party", false);
  }

  @Test
  void aMagazineNamedAfterItsDescription() {
    Titles t = Titles.of("It is the choice of [PER Steven Gaydos] , executive editor of industry "
        + "magazine Variety .");
    t.has("Steven Gaydos", "executive editor", "Variety", false);
  }

  @Test
  void occupationsOfBusinessAndUniversitiesAreTitles() {
    Titles t = Titles.of("[PER Stephen Schechter] , an investment banker who has held talks "
        + "with the club , said it was fine . Provost [PER James O'Donnell] agreed .");
    t.has("Stephen Schechter", "investment banker", null, false);
    t.has("James O'Donnell", "Provost", null, false);
  }

  @Test
  void aPostOfAnOrganizationNamedByACommonNounBeforeTheName() {
    Titles t = Titles.of("The head of that tribunal , [PER Kostas Panagopoulos] , said the case was "
        + "closed , but [PER Anna Smith] , head of the family , stayed .");
    assertEquals(List.of("head"), t.titlesOf("Kostas Panagopoulos"));
    assertTrue(t.titlesOf("Anna Smith").isEmpty(), t.titlesOf("Anna Smith").toString());
  }

  @Test
  void aGroupPostKeepsItsModifierButACompanysGroupIsItsName() {
    Titles t = Titles.of("\" It is a problem , \" said [PER Gavin Patterson] , group managing director "
        + "for [ORG BT Consumer] . [ORG Prudential Equity Group] insurance analyst [PER Jay Gelb] agreed .");
    t.has("Gavin Patterson", "group managing director", "BT Consumer", false);
    t.has("Jay Gelb", "insurance analyst", "Prudential Equity Group", false);
  }

  @Test
  void titleAfterANameInAPrepositionalPhraseIsTheSubjectOfTheVerb() {
    Titles t = Titles.of("A letter has been sent to [PER Feroz Abbasi] , the men 's solicitor "
        + "says .");
    assertTrue(t.titlesOf("Feroz Abbasi").isEmpty(), t.titlesOf("Feroz Abbasi").toString());
    Titles peston = Titles.of("The book is by [PER Robert Peston] . According to Mr [PER Peston] "
        + "the prime minister said he would stand down .");
    assertTrue(peston.titlesOf("Robert Peston").isEmpty());
  }

  @Test
  void runOnTitleWithItsOrganizationAfterAPrepositionStaysAppositive() {
    Titles t = Titles.of("The last post retained by [PER Hua Guofeng] chairman of the [ORG "
        + "Central Military Commission] was taken by [PER Deng] in 1981 .");
    t.has("Hua Guofeng", "chairman", "Central Military Commission", false);
  }

  @Test
  void spacedInChiefIsOneHead() {
    Titles t = Titles.of("[PER Helmut Markwort] ( editor in chief of [ORG Focus] ) attended .");
    t.has("Helmut Markwort", "editor in chief", "Focus", false);
  }
}
