package org.newsentities.resolve;

import org.junit.jupiter.api.Test;

/** Where the organization of a title comes from when the title phrase does not name one. */
class TitleOrganizationTest {

  @Test
  void speakingOrganizationOfTheSentence() {
    Titles t = Titles.of("Last week , the [ORG State Department] said Acting Coordinator [PER "
        + "Christopher Landberg] would lead the delegation .");
    t.has("Christopher Landberg", "Acting Coordinator", "State Department", false);
  }

  @Test
  void speakerOfAnotherCountryIsNotTheOrganization() {
    Titles t = Titles.of("[PER Syed Haider Shah] , Additional Secretary will lead [LOC Pakistan] "
        + "delegation and the [LOC US] delegation will be headed by Acting Coordinator [PER "
        + "Christopher Landberg] , \" the [ORG Pakistani Foreign Office] said .");
    t.has("Syed Haider Shah", "Additional Secretary", "Pakistani Foreign Office", false);
    t.has("Christopher Landberg", "Acting Coordinator", null, false);
  }

  @Test
  void nationalOfficeTakesTheCountryOfTheSpeaker() {
    Titles t = Titles.of("Officials met at the [ORG Pakistan Ministry of Foreign Affairs] . "
        + "Foreign Secretary [PER Asad Majeed Khan] also joined the talks , said the [ORG Foreign "
        + "Office] .");
    t.has("Asad Majeed Khan", "Foreign Secretary", "Pakistan", false);
  }

  @Test
  void nationalOfficeTakesTheCountryOfTheSentence() {
    Titles t = Titles.of("Voters in [LOC Kenya] backed President [PER Mwai Kibaki] .");
    t.has("Mwai Kibaki", "President", "Kenya", false);
  }

  @Test
  void countryAdjectiveInFrontIsTheCountry() {
    Titles t = Titles.of("[MISC Italian] Justice Minister [PER Clemente Mastella] resigned .");
    t.has("Clemente Mastella", "Justice Minister", "Italy", false);
  }

  @Test
  void aTitleWithoutAnyOrganizationHasNone() {
    Titles t = Titles.of("Health Secretary [PER John Reid] earlier warned members .");
    t.has("John Reid", "Health Secretary", null, false);
  }

  @Test
  void departmentNamedByThePortfolio() {
    Titles t = Titles.of("The act gave [ORG Treasury] Secretary [PER Robert Rubin] the "
        + "authority . Controversy at the [ORG Department of Education] grew as Secretary of "
        + "Education [PER Rod Paige] spoke .");
    t.has("Robert Rubin", "Treasury Secretary", "Treasury", false);
    t.has("Rod Paige", "Secretary of Education", "Department of Education", false);
  }

  @Test
  void companyTheSentenceIsAbout() {
    Titles t = Titles.of("[ORG Wal-Mart] published an open letter from company president [PER "
        + "Lee Scott] .");
    t.has("Lee Scott", "president", "Wal-Mart", false);
  }

  @Test
  void mainOrganizationOfTheArticleForCorporatePosts() {
    Titles t = Titles.of("[ORG McDonald] said sales rose . [ORG McDonald] opened shops . "
        + "Analysts like [ORG McDonald] . \" We are sad , \" chief executive [PER James Skinner] "
        + "said .");
    t.has("James Skinner", "chief executive", "McDonald", false);
  }

  @Test
  void addresseeIsNoSpeaker() {
    Titles t = Titles.of("\" We wanted a second opinion , \" director of rugby [PER Nigel "
        + "Melville] told the [ORG Gloucester Citizen] .");
    t.has("Nigel Melville", "director of rugby", null, false);
  }

  @Test
  void itsTitleBelongsToTheOrganizationNamedBefore() {
    Titles t = Titles.of("Shares in [ORG Bombardier] fell after the departure of its chief "
        + "executive . [PER Paul Tellier] left the company .");
    t.has("Paul Tellier", "chief executive", "Bombardier", false);
  }

  @Test
  void theClubBeforeASportPostIsTheClubNamedBefore() {
    Titles t = Titles.of("[ORG Sale] lost all three matches . Now he fears it could derail the "
        + "club 's hopes as captain [PER Jason Robinson] is away .");
    t.has("Jason Robinson", "captain", "Sale", false);
  }

  @Test
  void aNationalSideGivesItsCountry() {
    Titles t = Titles.of("[PER Ryan Miller] was called up to the [LOC USA] national team squad by "
        + "head coach [PER Bob Bradley] .");
    t.has("Bob Bradley", "head coach", "United States", false);
  }

  @Test
  void aMayorBelongsToTheCityTheArticleNames() {
    Titles t = Titles.of("The row hit [LOC London] again . Deputy Mayor [PER Nicky Gavron] said "
        + "sorry .");
    t.has("Nicky Gavron", "Deputy Mayor", "London", false);
  }

  @Test
  void aNameAfterAnOrganizationNounIsTheOrganization() {
    Titles t = Titles.of("[PER David Peterson] , chairman of the law firm [PER Cassels Brock] , "
        + "said so .");
    t.has("David Peterson", "chairman", "Cassels Brock", false);
  }

  @Test
  void aPartyBreaksATieBetweenNamedCountries() {
    Titles t = Titles.of("Chancellor [PER Gordon Brown] spoke . He went to [LOC China] . [ORG "
        + "Labour] will win in [LOC Britain] , said [ORG Labour] .");
    t.has("Gordon Brown", "Chancellor", "United Kingdom", false);
  }
}
