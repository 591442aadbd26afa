package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Titles given by a verb: copulas, relative clauses, "became", "appointed … as", "who heads". */
class CopularTitlesTest {

  @Test
  void isTheChairmanOf() {
    Titles t = Titles.of("[PER Phil Redmond] is the chairman of [ORG Mersey TV] .");
    t.has("Phil Redmond", "chairman", "Mersey TV", false);
  }

  @Test
  void relativeClauseWithPossessiveOrganization() {
    Titles t = Titles.of("[PER Paul Tellier] , who was also [ORG Bombardier] 's president , left "
        + "the company .");
    t.has("Paul Tellier", "president", "Bombardier", false);
  }

  @Test
  void becameWithATimeAfterIt() {
    Titles t = Titles.of("[PER Gordon Brown] became finance minister in 2004 .");
    t.has("Gordon Brown", "finance minister", null, false);
  }

  @Test
  void formerlyMakesAFormerTitle() {
    Titles t = Titles.of("[PER Jane Doe] was formerly chief executive of [ORG Acme Corp] .");
    t.has("Jane Doe", "chief executive", "Acme Corp", true);
  }

  @Test
  void tookOverAs() {
    Titles t = Titles.of("[PER Bell] took over as chief executive of [ORG McDonald] in April .");
    t.has("Bell", "chief executive", "McDonald", false);
  }

  @Test
  void objectOfAnAppointment() {
    Titles t = Titles.of("[PER Michael Howard] appointed [PER Lynton Crosby] as his elections "
        + "chief last October .");
    t.has("Lynton Crosby", "elections chief", null, false);
    assertTrue(t.titlesOf("Michael Howard").isEmpty());
  }

  @Test
  void whoHeadsAnOrganization() {
    Titles t = Titles.of("[PER Rodrigo Rato] , who heads the [ORG IMF] , said growth would slow "
        + ". [PER Bill Gates] , who founded [ORG Microsoft] , spoke too .");
    t.has("Rodrigo Rato", "head", "IMF", false);
    t.has("Bill Gates", "founder", "Microsoft", false);
  }

  @Test
  void invertedCopula() {
    Titles t = Titles.of("The chief executive of [ORG American Information Systems] in the early "
        + "Nineties was [PER Chuck Hagel] .");
    t.has("Chuck Hagel", "chief executive", "American Information Systems", false);
  }

  @Test
  void pronounSubjectStandsForTheArticlesPerson() {
    Titles t = Titles.of("[PER Charlie Bell] joined in 1976 . [PER Bell] rose fast . Colleagues "
        + "praised [PER Bell] . He became chief operating officer and president in 2002 .");
    t.has("Charlie Bell", "chief operating officer", null, false);
    t.has("Charlie Bell", "president", null, false);
  }

  @Test
  void saidIsNoCopula() {
    Titles t = Titles.of("[PER John Smith] said the chairman was wrong .");
    assertTrue(t.titlesOf("John Smith").isEmpty());
  }

  @Test
  void aBracketedAsideBetweenNameAndVerb() {
    Titles t = Titles.of("[PER Helen Marsh] ( born 12 June 1968 ) is a British novelist and "
        + "playwright .");
    t.has("Helen Marsh", "novelist", null, false);
    t.has("Helen Marsh", "playwright", null, false);
  }

  @Test
  void aLowerCasePossessorBeforeTheTitle() {
    Titles t = Titles.of("[ORG Northwind] has had a difficult year . [PER Ann Pryce] is the "
        + "company 's chief executive .");
    t.has("Ann Pryce", "chief executive", "Northwind", false);
  }

  @Test
  void anUnclosedBracketIsNoAside() {
    Titles t = Titles.of("[PER Helen Marsh] ( who lives in the city is a novelist .");
    assertTrue(t.titlesOf("Helen Marsh").isEmpty());
  }

  @Test
  void adjectivesBetweenVerbAndTitle() {
    Titles t = Titles.of("[PER Nina Kovac] is a young [MISC Croatian] actress .");
    t.has("Nina Kovac", "actress", null, false);
  }

  @Test
  void aListOfOccupationsAfterTheVerb() {
    Titles t = Titles.of("[PER Tom Archer] is a singer , songwriter and guitarist .");
    t.has("Tom Archer", "singer", null, false);
    t.has("Tom Archer", "songwriter", null, false);
    t.has("Tom Archer", "guitarist", null, false);
  }

  @Test
  void reElected() {
    Titles t = Titles.of("[PER Raul Ortega] was re-elected president of [ORG Fenwick Rowing "
        + "Federation] on Sunday .");
    t.has("Raul Ortega", "president", "Fenwick Rowing Federation", false);
  }

  @Test
  void resignedAsMakesAFormerTitleButWillStepDownDoesNot() {
    Titles t = Titles.of("[PER Ann Fisher] resigned as chairman of [ORG Harland Bank] in March . "
        + "[PER Joe Lutz] will step down as chief executive next year .");
    t.has("Ann Fisher", "chairman", "Harland Bank", true);
    t.has("Joe Lutz", "chief executive", null, false);
  }

  @Test
  void joinedAnOrganizationAs() {
    Titles t = Titles.of("[PER Mark Bell] joined [ORG Dunmore Rovers] as manager in 2009 .");
    t.has("Mark Bell", "manager", "Dunmore Rovers", false);
  }

  @Test
  void succeededSomeoneAs() {
    Titles t = Titles.of("[PER Joan Reid] succeeded [PER Peter Hall] as chairman of [ORG Tarn "
        + "Water] .");
    t.has("Joan Reid", "chairman", "Tarn Water", false);
    t.has("Peter Hall", "chairman", "Tarn Water", true);
  }

  @Test
  void asWellAsIsNoRole() {
    Titles t = Titles.of("[PER Mark Bell] joined the board as well as chairman [PER Lee Ross] .");
    assertTrue(t.titlesOf("Mark Bell").isEmpty());
  }

  @Test
  void hiredAsInThePassive() {
    Titles t = Titles.of("[PER Lee Ross] was hired as finance director in May .");
    t.has("Lee Ross", "finance director", null, false);
  }

  @Test
  void aRelativeClauseAfterTheTitleGivesTheSameSubjectAnother() {
    Titles t = Titles.of("[PER Anna Lind] is a lawyer who was the 11th president of [LOC Norland] "
        + ".");
    t.has("Anna Lind", "lawyer", null, false);
    t.has("Anna Lind", "president", "Norland", false);
  }

  @Test
  void aRelativeClauseWithAnotherVerbGivesNothing() {
    Titles t = Titles.of("[PER Anna Lind] is the lawyer who defended the minister .");
    t.has("Anna Lind", "lawyer", null, false);
    assertTrue(!t.titlesOf("Anna Lind").contains("minister"));
  }

  @Test
  void tookTheHelmAs() {
    Titles t = Titles.of("[PER Ann Pryce] took the helm as chief executive in 2003 .");
    t.has("Ann Pryce", "chief executive", null, false);
  }

  @Test
  void anAgeBetweenTheNameAndTheVerb() {
    Titles t = Titles.of("[PER Chen Xiao] , 51 , was appointed as [ORG Gome] Chairman on Friday . "
        + "[PER Ann Lee] 44 is the chairman of [ORG Acme] .");
    t.has("Chen Xiao", "Chairman", "Gome", false);
    t.has("Ann Lee", "chairman", "Acme", false);
  }

  @Test
  void theRoleOfAfterAVerb() {
    Titles t = Titles.of("[PER Paul Roy] will take on the role of CEO in May .");
    t.has("Paul Roy", "CEO", null, false);
  }

  @Test
  void withANameAsTitle() {
    Titles t = Titles.of("With [PER Karl Weiss] ( [ORG SPD] ) as Chancellor the parties formed a "
        + "coalition .");
    t.has("Karl Weiss", "Chancellor", null, false);
  }

  @Test
  void anArticleAfterAs() {
    Titles t = Titles.of("[PER Rod Stone] was hired as a session musician for the song .");
    t.has("Rod Stone", "session musician", null, false);
  }
}
