package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Roles after "as" that a noun introduces, and roles of a clause's subject far from its name
 * (session titles6): {@link AsRolePattern}, {@link ClauseSubjectPattern}.
 */
class AsRoleTitlesTest {

  @Test
  void aPossessorsAppointmentAsTitle() {
    Titles t = Titles.of("In 2006 after [PER Eddie Mayne] 's appointment as CEO of the [ORG Nine "
        + "Network] he left the show .");
    t.has("Eddie Mayne", "CEO", "Nine Network", false);
  }

  @Test
  void theIntroductionOfANameAsTitle() {
    Titles t = Titles.of("The club's resurgence and the introduction of [PER Pinto da Silva] as "
        + "chairman saw it win the cup .");
    t.has("Pinto da Silva", "chairman", null, false);
  }

  @Test
  void hisFirstDayAsTitleIsTheNameBefore() {
    Titles t = Titles.of("The ruling creates a problem for [PER Charles Clark] on his first day as "
        + "home secretary .");
    t.has("Charles Clark", "home secretary", null, false);
  }

  @Test
  void aResignationAsTitleIsFormer() {
    Titles t = Titles.of("Fans cheered [PER Tom Reed] 's resignation as manager of [ORG Hull "
        + "City] .");
    t.has("Tom Reed", "manager", "Hull City", true);
  }

  @Test
  void aFilmShowingANameAsARoleGivesNoTitle() {
    Titles t = Titles.of("The film shows [PER Ann Lee] as a teacher in [LOC Leeds] .");
    assertTrue(t.titlesOf("Ann Lee").isEmpty());
  }

  @Test
  void aParticipleClauseGivesTheSubjectItsRole() {
    Titles t = Titles.of("Mr [PER Bell] quickly moved through its ranks , becoming [LOC Australia] "
        + "'s youngest store manager at 19 .");
    t.has("Bell", "store manager", null, false);
  }

  @Test
  void anActingPostAfterBeingAppointedStaysApartFromThePermanentOne() {
    Titles t = Titles.of("[PER Chen] was appointed as [ORG Gome] Chairman in January shortly after "
        + "being appointed as Acting Chairman in November .");
    t.has("Chen", "Chairman", "Gome", false);
    assertEquals(List.of("Chairman", "Acting Chairman"), t.titlesOf("Chen"));
  }

  @Test
  void toSucceedSomeoneAsTitleGivesTheTitleToTheSuccessor() {
    Titles t = Titles.of("[ORG Delta Systems] named [PER Ron Ritter] president and chief operating "
        + "officer to succeed Chairman [PER Mike Jordan] as CEO of the company .");
    t.has("Ron Ritter", "CEO", "Delta Systems", false);
    t.has("Ron Ritter", "president", null, false);
    t.has("Mike Jordan", "Chairman", "Delta Systems", false);
    assertEquals(List.of("Chairman"), t.titlesOf("Mike Jordan"));
  }

  @Test
  void moreVerbsWhoseRoleFollowsAs() {
    Titles t = Titles.of("[PER David Payne] was ordained as a deacon by the conference in 1824 . "
        + "[PER Ann Moss] trained as a lawyer in [LOC Leeds] .");
    t.has("David Payne", "deacon", null, false);
    t.has("Ann Moss", "lawyer", null, false);
  }

  @Test
  void knownAsIsNoRole() {
    Titles t = Titles.of("[PER Melissa Elliott] is known as a rapper 's rapper .");
    assertTrue(t.titlesOf("Melissa Elliott").isEmpty());
  }

  @Test
  void aVerbGroupAfterAnAsideBetweenCommas() {
    Titles t = Titles.of("[PER Laurent Bodin] , part of the family that controls the firm , will "
        + "take on the role of CEO .");
    t.has("Laurent Bodin", "CEO", null, false);
  }

  @Test
  void anAsideThatIsAListOfNamesIsNoAside() {
    Titles t = Titles.of("[PER Ann Lee] , [PER Tom Reed] , will take on the role of CEO .");
    assertTrue(t.titlesOf("Ann Lee").isEmpty());
  }

  @Test
  void theDepartureOfItsChiefExecutiveIsNotTheSuccessorNamedLater() {
    Titles t = Titles.of("Shares in [ORG Bombardier] fell following the departure of its chief "
        + "executive . [PER Paul Teller] , who was also [ORG Bombardier] 's president , left the "
        + "company . [PER Laurent Bodin] , part of the family that controls the firm , will take on "
        + "the role of CEO .");
    assertEquals(List.of("CEO"), t.titlesOf("Laurent Bodin"));
  }
}
