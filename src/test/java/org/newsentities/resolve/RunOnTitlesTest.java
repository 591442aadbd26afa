package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Titles in text that runs descriptions on without the commas news text has (as KBP37's
 * sentences are written), and other constructions found missing on unseen text (session titles5).
 */
class RunOnTitlesTest {

  @Test
  void aListOfOccupationsWithoutCommas() {
    Titles t = Titles.of("[PER Marta Ruiz] ( born 3 May 1961 in [LOC Seville] ) is a [MISC "
        + "Spanish] book editor screenwriter film director and producer .");
    assertEquals(List.of("book editor", "screenwriter", "film director", "producer"),
        t.titlesOf("Marta Ruiz"));
    t.has("Marta Ruiz", "screenwriter", null, false);
  }

  @Test
  void twoNounsThatMeetWithoutAnAndAreNoList() {
    Titles t = Titles.of("[PER Marta Ruiz] is a book editor screenwriter by training .");
    assertEquals(List.of("book editor"), t.titlesOf("Marta Ruiz"));
  }

  @Test
  void aGenerationSuffixOutsideTheName() {
    Titles t = Titles.of("[PER William Hale] IV ( born 1945 ) is an attorney in [LOC Ohio] .");
    t.has("William Hale", "attorney", null, false);
  }

  @Test
  void aCapitalizedTitleWithItsOrganizationAfterTheNameWithoutComma() {
    Titles t = Titles.of("The summit was attended by [PER Ilham Aliyev] President of [LOC "
        + "Azerbaijan] .");
    t.has("Ilham Aliyev", "President", "Azerbaijan", false);
  }

  @Test
  void aFormerTitleWithItsOrganizationAfterTheNameWithoutComma() {
    Titles t = Titles.of("[PER Harry Hopkins] former Secretary of [ORG Commerce] said no .");
    t.has("Harry Hopkins", "Secretary of Commerce", null, true);
  }

  @Test
  void aLowerCaseTitleAfterSaidAndTheName() {
    Titles t = Titles.of("Ratings are complex said [PER Matthew Weiner] executive producer of Mad "
        + "Men who wrote the pilot .");
    t.has("Matthew Weiner", "executive producer", null, false);
  }

  @Test
  void aNameAfterADeterminerModifiesTheTitle() {
    Titles t = Titles.of("A [PER Bush] administration official said it would fail .");
    assertTrue(t.titlesOf("Bush").isEmpty());
  }

  @Test
  void anotherDescriptionRunsOnAfterTheOrganization() {
    Titles t = Titles.of("The sky will be open said [PER Carol Christian] an astronomer with the "
        + "[ORG Space Telescope Science Institute] a nonprofit academic consortium .");
    t.has("Carol Christian", "astronomer", "Space Telescope Science Institute", false);
  }

  @Test
  void aNationalityAndAHyphenatedAdjectiveBeforeTheTitle() {
    Titles t = Titles.of("[PER Jim Hollis] is a [MISC Grammy Award-nominated English] musician "
        + "and soul singer .");
    t.has("Jim Hollis", "musician", null, false);
    t.has("Jim Hollis", "soul singer", null, false);
  }

  @Test
  void aSuperlativeBeforeTheTitle() {
    Titles t = Titles.of("[PER Sarah Tate] , the most recent female MP to be elected , told "
        + "researchers it was hard .");
    t.has("Sarah Tate", "MP", null, false);
  }

  @Test
  void anAbbreviatedTitleBeforeTheName() {
    Titles t = Titles.of("Outgoing [LOC Alaska] Gov. [PER Sarah Palin] spoke on the radio . "
        + "Sen. [PER Tom Coburn] agreed .");
    t.has("Sarah Palin", "Gov.", "Alaska", true);
    t.has("Tom Coburn", "Sen.", null, false);
  }

  @Test
  void aPluralTitleBeforeTwoNames() {
    Titles t = Titles.of("She was the choice of Republican Senators [PER Lamar Alexander] and "
        + "[PER Bob Corker] .");
    t.has("Lamar Alexander", "Senator", "Republican Party", false);
    t.has("Bob Corker", "Senator", "Republican Party", false);
  }

  @Test
  void oneTitleTurnedAnother() {
    Titles t = Titles.of("[PER Kevin Bishop] is a former child actor turned comedian .");
    t.has("Kevin Bishop", "child actor", null, true);
    t.has("Kevin Bishop", "comedian", null, false);
  }

  @Test
  void theObjectOfAnAppointmentHasATitleInFront() {
    Titles t = Titles.of("The club appointed former [LOC England] boss [PER Terry Vance] as "
        + "joint manager .");
    t.has("Terry Vance", "joint manager", null, false);
    t.has("Terry Vance", "boss", "England", true);
  }

  @Test
  void coordinatedTitlesSharingAnOrganizationWithoutComma() {
    Titles t = Titles.of("[PER Jo Nance] solo artist and lead singer of [ORG Grey Lantern] lives "
        + "in [LOC Tucson] .");
    t.has("Jo Nance", "solo artist", "Grey Lantern", false);
    t.has("Jo Nance", "lead singer", "Grey Lantern", false);
  }

  @Test
  void anObjectAfterTheVerbIsNoDescription() {
    Titles t = Titles.of("[PER Chen Li] appoints [MISC Yen Chia-kan] governor of [LOC Taiwan] .");
    assertTrue(t.titlesOf("Chen Li").isEmpty());
  }

  @Test
  void theTailOfAHyphenatedWordIsNoField() {
    Titles t = Titles.of("[PER Koh Lim] was a first-term state assemblyman from [LOC Penang] .");
    t.has("Koh Lim", "state assemblyman", null, false);
  }

  @Test
  void aPluralHeadIsNoFieldOfTheNextTitle() {
    Titles t = Titles.of("Fans include journalists and television presenters [PER Dixie Marsh] "
        + "and [PER Matt Price] .");
    t.has("Dixie Marsh", "television presenter", null, false);
    t.has("Matt Price", "television presenter", null, false);
  }

  @Test
  void underBeforeATitleIsAPreposition() {
    Titles t = Titles.of("He served under Presidents [PER Luis Siles] and [PER Alfredo Ovando] .");
    t.has("Luis Siles", "President", null, false);
    t.has("Alfredo Ovando", "President", null, false);
  }

  @Test
  void anAdjectiveBeforeTheLastItemOfTheList() {
    Titles t = Titles.of("[PER Pat Lee] ( born 1946 ) is an [MISC American] singer-songwriter poet "
        + "and visual artist .");
    assertEquals(List.of("singer-songwriter", "poet", "artist"), t.titlesOf("Pat Lee"));
    t.has("Pat Lee", "artist", null, false);
  }

  @Test
  void anAcronymFieldInsideTheList() {
    Titles t = Titles.of("[PER Anna Lear] is a [MISC French] singer painter TV presenter actress "
        + "and novelist .");
    assertEquals(List.of("singer", "painter", "presenter", "actress", "novelist"),
        t.titlesOf("Anna Lear"));
  }
}
