package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edges of organization names that news text regularly misleads the tagger on. */
class OrganizationSpanRepairTest {

  @Test
  void aPartyCutInTwoIsTheWholeParty() {
    Titles t = Titles.of("Liberal [ORG Democrat] leader [PER Charles Kennedy] added : \" No . \"");
    assertEquals(List.of("Liberal Democrats"), t.organizations());
    t.has("Charles Kennedy", "leader", "Liberal Democrats", false);
  }

  @Test
  void membersAndMediaAfterTheNameAreLeftOut() {
    Titles t = Titles.of("Some [ORG Labour MPs] told the [ORG BBC News website] they were angry .");
    assertEquals(List.of("Labour Party", "BBC News"), t.organizations());
  }

  @Test
  void aLegislatureNamedByOneWordIsAnOrganization() {
    Titles t = Titles.of("The plans face their first test in [LOC Parliament] and a vote in the "
        + "Commons , not in the [ORG European Parliament] or on [LOC Parliament Square] .");
    assertEquals(List.of("Parliament", "Commons", "European Parliament"), t.organizations());
    assertTrue(t.locations().contains("Parliament Square"), t.locations().toString());
  }

  @Test
  void anOrganizationNounOrPlaceLeftOutOfTheNameIsTakenBackIn() {
    Titles t = Titles.of("Former [ORG Reform] Party leader [PER Preston Manning] lost , and the "
        + "[ORG Standards Board] of [LOC England] and the [ORG Commission] for [LOC Africa] met .");
    assertEquals(List.of("Reform Party", "Standards Board of England", "Commission for Africa"),
        t.organizations());
    assertTrue(t.locations().isEmpty(), t.locations().toString());
  }

  @Test
  void twoNamesJoinedByAPossessiveAreTwoOrganizationsAndAProgrammeIsNone() {
    Titles t = Titles.of("said a fellow at [ORG Stanford University 's Center for Health Policy] , "
        + "as he told [ORG BBC One 's Breakfast] with Frost , not the [ORG Workers ' Educational "
        + "Association] .");
    assertEquals(List.of("Stanford University", "Center for Health Policy", "BBC One",
        "Workers ' Educational Association"), t.organizations());
  }

  @Test
  void aCompanysPlaceStaysAPlace() {
    Titles t = Titles.of("The car is made by [ORG Kia Motor Corp] of [LOC South Korea] .");
    assertEquals(List.of("Kia Motor Corp"), t.organizations());
    assertEquals(List.of("South Korea"), t.locations());
  }

  @Test
  void aNameAfterATitleTakenForAnOrganizationIsThePerson() {
    Titles t = Titles.of("Telecoms ombudsman [ORG Elizabeth France] said so , and so did the "
        + "chairman of [ORG Chancellor Group] .");
    assertEquals(List.of("Elizabeth France"), t.names());
    assertTrue(t.titlesOf("Elizabeth France").stream().anyMatch(x -> x.endsWith("ombudsman")),
        t.titlesOf("Elizabeth France").toString());
  }

  @Test
  void aCompanyOrBandThatAPostNamesIsNoPlace() {
    Titles t = Titles.of("[PER Paul Myers] , chief executive of [LOC Wippit] , and former [LOC Boyzone] "
        + "singer [PER Ronan Keating] met [LOC Wales] coach [PER Mike Ruddock] in [LOC Cardiff] .");
    assertEquals(List.of("Wippit", "Boyzone"), t.organizations());
    assertEquals(List.of("Wales", "Cardiff"), t.locations());
  }
}
