package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsentities.model.UnresolvedTitle;

/** Short forms on later mentions, bare titles that stand for a person, and unresolved titles. */
class TitleAnaphoraTest {

  @Test
  void shortFormOnALaterMentionIsTheSameTitle() {
    Titles t = Titles.of("The delegation will be headed by Acting Coordinator for "
        + "Counterterrorism [PER Christopher Landberg] . Last week , the [ORG State Department] "
        + "said Acting Coordinator [PER Landberg] would lead it .");
    assertEquals(List.of("Acting Coordinator for Counterterrorism"),
        t.titlesOf("Christopher Landberg"));
    // the organization comes from the later mention, the only one that gives one
    t.has("Christopher Landberg", "Acting Coordinator for Counterterrorism", "State Department",
        false);
  }

  @Test
  void differentPostsStayApart() {
    Titles t = Titles.of("Deputy Prime Minister [PER John Prescott] met Prime Minister [PER Tony "
        + "Blair] . [PER Prescott] , a former minister of transport , smiled .");
    assertEquals(List.of("Deputy Prime Minister", "minister of transport"),
        t.titlesOf("John Prescott"));
  }

  @Test
  void bareTitleOfAHolderIsAMentionOfThem() {
    Titles t = Titles.of("Chancellor [PER Gordon Brown] spoke on Monday . The chancellor said "
        + "growth was strong .");
    assertEquals(List.of("Gordon Brown", "chancellor"), t.mentionsOf("Gordon Brown"));
    assertTrue(t.unresolved().isEmpty());
  }

  @Test
  void nearestHolderWinsWhenTwoHoldTheTitle() {
    Titles t = Titles.of("Foreign Minister [PER Anna Lindh] met Foreign Minister [PER Jack "
        + "Straw] . The minister said talks went well .");
    assertEquals(List.of("Jack Straw", "minister"), t.mentionsOf("Jack Straw"));
    assertEquals(List.of("Anna Lindh"), t.mentionsOf("Anna Lindh"));
  }

  @Test
  void titleNobodyHoldsIsUnresolved() {
    Titles t = Titles.of("Foreign Secretary [PER Asad Majeed Khan] joined the talks , said the "
        + "[ORG Foreign Office] . \" The projects were discussed , \" said the Spokeswoman .");
    assertEquals(List.of("Spokeswoman"), t.unresolved());
    UnresolvedTitle u = t.resolution().unresolvedTitles().get(0);
    assertEquals("Spokeswoman", u.text());
    assertTrue(u.organization().isEmpty());
    assertEquals(List.of("Asad Majeed Khan"), t.names());
  }

  @Test
  void unresolvedTitleKeepsItsOrganization() {
    Titles t = Titles.of("A [ORG Foreign Office] spokesman said the visit was private .");
    UnresolvedTitle u = t.resolution().unresolvedTitles().get(0);
    assertEquals("spokesman", u.title());
    assertEquals("Foreign Office", u.organization().orElseThrow());
  }

  @Test
  void ledeTitleIsThePersonNamedInTheNextSentence() {
    Titles t = Titles.of("The founder and former boss of [ORG Parmalat] has apologised to "
        + "investors . [PER Calisto Tanzi] said he would co-operate fully .");
    t.has("Calisto Tanzi", "founder", "Parmalat", false);
    t.has("Calisto Tanzi", "boss", "Parmalat", true);
  }

  @Test
  void ledeTitleAsAnObjectIsTheSecondNewcomerAfterAnUnnamedSubject() {
    Titles t = Titles.of("The creator of a soap has written to the culture minister . [PER Phil "
        + "Redmond] told [PER Tessa Jowell] he would buy the channel .");
    assertTrue(t.titlesOf("Phil Redmond").isEmpty());
    assertEquals(List.of("culture minister"), t.titlesOf("Tessa Jowell"));
    assertTrue(t.unresolved().isEmpty());
  }

  @Test
  void ledeTitleIsTheFirstNewcomerOfTheNextSentence() {
    Titles t = Titles.of("Chancellor [PER Ann Smith] will meet her rule , according to her former "
        + "chief economic adviser . Formerly one of [PER Smith] 's aides , [PER Bo Lee] hinted at "
        + "a giveaway .");
    assertEquals(List.of("chief economic adviser"), t.titlesOf("Bo Lee"));
  }

  @Test
  void bareTitleAfterTheOnePersonNamedJustBefore() {
    Titles t = Titles.of("An inquiry says [PER Ken Brady] brought his office into disrepute . "
        + "The probe follows the mayor 's comments .");
    assertEquals(List.of("mayor"), t.titlesOf("Ken Brady"));
  }

  @Test
  void bareTitleIsNotGivenWhenTwoPeopleAreNamedJustBefore() {
    Titles t = Titles.of("[PER Ann Cole] met [PER Bo Lee] . The mayor spoke first .");
    assertTrue(t.titlesOf("Ann Cole").isEmpty());
    assertTrue(t.titlesOf("Bo Lee").isEmpty());
    assertEquals(List.of("mayor"), t.unresolved());
  }

  @Test
  void anotherNameForTheSamePostIsATitleOfItsHolder() {
    Titles t = Titles.of("[ORG Leeds] boss [PER Kevin Blake] left early . He said the manager "
        + "was tired .");
    assertEquals(List.of("boss", "manager"), t.titlesOf("Kevin Blake"));
    t.has("Kevin Blake", "manager", "Leeds", false);
  }

  @Test
  void theMinisterAfterAGovernmentOffice() {
    Titles t = Titles.of("Teachers could get more powers , Education Secretary [PER Ruth Kelly] "
        + "has suggested . The minister also confirmed her faith .");
    assertEquals(List.of("Education Secretary", "minister"), t.titlesOf("Ruth Kelly"));
  }

  @Test
  void rolesAreNotReferences() {
    Titles t = Titles.of("He wants to serve as chancellor . The post of the president is open .");
    assertTrue(t.unresolved().isEmpty(), t.unresolved().toString());
  }

  @Test
  void aPersonNamedEarlierInTheSentenceIsNotTheBareTitle() {
    Titles t = Titles.of("The book is by [PER Robert Peston] . Mr [PER Peston] said the prime "
        + "minister was tired .");
    assertTrue(t.titlesOf("Robert Peston").isEmpty(), t.titlesOf("Robert Peston").toString());
    assertEquals(List.of("prime minister"), t.unresolved());
  }
}
