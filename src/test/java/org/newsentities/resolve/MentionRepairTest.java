package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles never stay inside names, and never become organizations of their own. */
class MentionRepairTest {

  @Test
  void titleAloneTaggedAsAnOrganizationIsNoOrganization() {
    Titles t = Titles.of("\" They reaffirmed their commitment , \" said the [ORG Spokeswoman] .");
    assertTrue(t.organizations().isEmpty(), t.organizations().toString());
    assertEquals(List.of("Spokeswoman"), t.unresolved());
  }

  @Test
  void placesEndingInAnOrganizationWordStayPlaces() {
    Titles t = Titles.of("Settlers in the [LOC West Bank] and the former [LOC Soviet Union] met "
        + "at the [LOC United States Embassy] .");
    assertEquals(List.of("United States Embassy"), t.organizations());
  }

  @Test
  void aFirstNameThatIsAlsoATitleStaysInTheName() {
    Titles t = Titles.of("[PER Dean Jones] scored 80 and Dean [PER Ann Smith] spoke .");
    assertEquals(List.of("Dean Jones", "Ann Smith"), t.names());
    t.has("Ann Smith", "Dean", null, false);
  }

  @Test
  void portfolioTaggedAsAPersonIsCutOffTheName() {
    Titles t = Titles.of("It will be headed by Acting Coordinator for [PER Counterterrorism "
        + "Christopher Landberg] .");
    assertEquals(List.of("Christopher Landberg"), t.names());
  }

  @Test
  void honorificsAndPeerageStylesAreNoPartOfNames() {
    Titles t = Titles.of("He was accompanied by Lords Leader [PER Baroness Amos] and [PER Lord "
        + "Kinnock] .");
    assertEquals(List.of("Amos", "Kinnock"), t.names());
    t.has("Amos", "Leader", null, false);
  }

  @Test
  void oneWordPersonThatTheArticleTagsAsACompanyIsTheCompany() {
    Titles t = Titles.of("[ORG McDonald] 's shares fell . [PER McDonald] 's chief executive [PER "
        + "James Skinner] spoke .");
    assertEquals(List.of("James Skinner"), t.names());
    t.has("James Skinner", "chief executive", "McDonald", false);
  }

  @Test
  void titleInsideAnOrganizationNameIsLeftAlone() {
    Titles t = Titles.of("The [ORG Royal College of General Practitioners] and [ORG Directors "
        + "Guild] met .");
    assertEquals(List.of("Royal College of General Practitioners", "Directors Guild"),
        t.organizations());
    assertFalse(t.names().contains("Practitioners"));
  }

  @Test
  void aGivenNameAfterATitleInsideAnOrganizationStartsItsHoldersName() {
    Titles t = Titles.of("The song was written by radio [ORG DJ Mike Read] for the [ORG Chancellor "
        + "Group] .");
    assertEquals(List.of("Mike Read"), t.names());
    assertEquals(List.of("Chancellor Group"), t.organizations());
    assertTrue(t.titlesOf("Mike Read").stream().anyMatch(x -> x.endsWith("DJ")),
        t.titlesOf("Mike Read").toString());
  }

  @Test
  void aFirstNameReadAsAMonthBeforeTheNameIsPartOfIt() {
    Titles t = Titles.of("The outgoing [MISC Dutch] Prime Minister Jan [PER Peter Balkenende] said "
        + "on 5 Jan [PER Maria Olsen] was wrong .");
    t.has("Jan Peter Balkenende", "Prime Minister", "Netherlands", true);
    assertEquals(List.of("Maria Olsen"), t.mentionsOf("Maria Olsen"));
  }

  @Test
  void aTitleAndAnUnknownNameInsideAnOrganization() {
    Titles t = Titles.of("Executives may face charges , [ORG Securities and Exchange Commission "
        + "Chairman Christopher Cox] said . The [ORG Bank of England Monetary Policy Committee] met "
        + ".");
    t.has("Christopher Cox", "Chairman", "Securities and Exchange Commission", false);
    assertTrue(t.organizations().contains("Bank of England Monetary Policy Committee"));
  }
}
