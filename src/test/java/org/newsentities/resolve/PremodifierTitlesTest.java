package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles written in front of the name. */
class PremodifierTitlesTest {

  @Test
  void titleWithPortfolioBeforeAName() {
    Titles t = Titles.of("The US delegation will be headed by Acting Coordinator for "
        + "[PER Counterterrorism Christopher Landberg] , the [ORG State Department] said .");
    t.has("Christopher Landberg", "Acting Coordinator for Counterterrorism", "State Department",
        false);
  }

  @Test
  void nationalOfficeBeforeAName() {
    Titles t = Titles.of("[LOC ISLAMABAD] : Foreign Secretary [PER Asad Majeed Khan] also joined "
        + "the talks .");
    t.has("Asad Majeed Khan", "Foreign Secretary", "Pakistan", false);
  }

  @Test
  void organizationTitleAndNameInOnePhrase() {
    Titles t = Titles.of("The meeting was chaired by [ORG US Department of State Acting "
        + "Coordinator for Counterterrorism] [PER Christopher Landberg] .");
    t.has("Christopher Landberg", "Acting Coordinator for Counterterrorism",
        "US Department of State", false);
    assertEquals(List.of("US Department of State"), t.organizations());
  }

  @Test
  void possessiveCountryAndAnUntaggedMinistry() {
    Titles t = Titles.of("It was chaired by [LOC Pakistan] 's Ministry of Foreign Affairs "
        + "Additional Secretary for the [ORG UN] and [ORG Economic Diplomacy] [PER Syed Haider "
        + "Shah] .");
    t.has("Syed Haider Shah", "Additional Secretary for the UN and Economic Diplomacy",
        "Ministry of Foreign Affairs", false);
    assertEquals(List.of("Ministry of Foreign Affairs"), t.organizations(),
        "UN and Economic Diplomacy are the portfolio, not organizations");
  }

  @Test
  void partyAdjectiveIsTheOrganization() {
    Titles t = Titles.of("[MISC Tory] leader [PER Michael Howard] says his party can save "
        + "money .");
    t.has("Michael Howard", "leader", "Conservative Party", false);
  }

  @Test
  void companyInFrontOfACorporateTitle() {
    Titles t = Titles.of("[ORG GM] chief executive [PER Rick Wagoner] said sales would rise .");
    t.has("Rick Wagoner", "chief executive", "GM", false);
  }

  @Test
  void modifiersAndLowerCasePortfolio() {
    Titles t = Titles.of("[MISC Tory] shadow home secretary [PER David Davis] warned of "
        + "miscarriages of justice .");
    t.has("David Davis", "shadow home secretary", "Conservative Party", false);
  }

  @Test
  void formerMarkersMakeFormerTitles() {
    Titles t = Titles.of("[ORG Former Labour] leader [PER Neil Kinnock] joined the [ORG House "
        + "of Lords] . Ex-Labour leader [PER Roy Hattersley] praised him . Former "
        + "[ORG Parmalat] chief financial officer [PER Fausto Tonna] was questioned .");
    t.has("Neil Kinnock", "leader", "Labour Party", true);
    t.has("Roy Hattersley", "leader", "Labour Party", true);
    t.has("Fausto Tonna", "chief financial officer", "Parmalat", true);
    assertFalse(t.organizations().contains("Former Labour"));
  }

  @Test
  void thenAndOutgoingAreFormer() {
    Titles t = Titles.of("It followed the resignation of the then Home Secretary [PER David "
        + "Blunkett] . Outgoing chairman [PER John Smith] said nothing .");
    t.has("David Blunkett", "Home Secretary", null, true);
    t.has("John Smith", "chairman", null, true);
  }

  @Test
  void titleIsNeverPartOfTheName() {
    Titles t = Titles.of("[PER Prime Minister Tony Blair] met [PER Baroness Amos] .");
    assertEquals(List.of("Tony Blair", "Amos"), t.names());
    t.has("Tony Blair", "Prime Minister", null, false);
  }

  @Test
  void titleTaggedAsAnOrganizationWithTheNameInside() {
    Titles t = Titles.of("Acting Coordinator for [PER Counterterrorism Christopher Landberg] "
        + "will lead . Last week , the [ORG State Department] said [ORG Acting Coordinator "
        + "Landberg] would lead an interagency delegation .");
    assertEquals(List.of("Christopher Landberg", "Landberg"),
        t.mentionsOf("Christopher Landberg"));
    assertEquals(List.of("State Department"), t.organizations());
  }

  @Test
  void coordinatedDescriptionBeforeAName() {
    Titles t = Titles.of("Speakers include [ORG UCLA] professor and national security expert "
        + "[PER Amy Zegart] .");
    t.has("Amy Zegart", "professor", "UCLA", false);
  }

  @Test
  void rankBeforeANameButNotInsideAName() {
    Titles t = Titles.of("General [PER Pervez Musharraf] met [PER John Major] at [ORG General "
        + "Motors] .");
    t.has("Pervez Musharraf", "General", null, false);
    assertTrue(t.titlesOf("John Major").isEmpty());
    assertTrue(t.organizations().contains("General Motors"));
  }

  @Test
  void wordsThatAreNotTitlesAloneNeedAnOrganization() {
    Titles t = Titles.of("The head of the family , [PER Mary Jones] , said the chief cause was "
        + "cost .");
    assertTrue(t.titlesOf("Mary Jones").isEmpty(), t.titlesOf("Mary Jones").toString());
  }

  @Test
  void anUntaggedClubNameBeforeALowerCasePost() {
    Titles t = Titles.of("He was threatened by City boss [PER Kevin Keegan] last year .");
    t.has("Kevin Keegan", "boss", "City", false);
  }

  @Test
  void oneOfAPluralTitleGivesTheSingular() {
    Titles t = Titles.of("He lost one of his MPs , [PER Robert Jackson] , to [ORG Labour] .");
    assertEquals(List.of("MP"), t.titlesOf("Robert Jackson"));
  }

  @Test
  void theChancellorOfTheExchequerIsOneTitle() {
    Titles t = Titles.of("The cuts were announced by Chancellor of the Exchequer [PER Alan Reade] "
        + "in his budget .");
    t.has("Alan Reade", "Chancellor of the Exchequer", null, false);
  }

  @Test
  void occupationsOfMusicArtAndScience() {
    Titles t = Titles.of("The festival opens with jazz pianist [PER Tom Varley] . Later "
        + "photographer [PER Lisa Crane] shows her portraits and astronomer [PER Raj Mehta] "
        + "gives a talk .");
    t.has("Tom Varley", "jazz pianist", null, false);
    t.has("Lisa Crane", "photographer", null, false);
    t.has("Raj Mehta", "astronomer", null, false);
  }

  @Test
  void coordinatedFieldsBeforeALowerCaseHead() {
    Titles t = Titles.of("[PER Paul Dunne] , a radio and television presenter , said the show "
        + "would end .");
    t.has("Paul Dunne", "radio and television presenter", null, false);
  }

  @Test
  void aHeadBeforeAndIsNoField() {
    Titles t = Titles.of("The chairman and party leader [PER Ed Marsh] spoke .");
    t.has("Ed Marsh", "party leader", null, false);
  }

  @Test
  void reversedAppositiveWhoseNameHasATitleOfItsOwn() {
    Titles t = Titles.of("The chairman of the trade panel , Ambassador [PER Karl Berg] of [LOC "
        + "Norway] , warned of delays .");
    t.has("Karl Berg", "chairman", null, false);
    assertEquals(List.of("chairman", "Ambassador"), t.titlesOf("Karl Berg"));
  }

  @Test
  void aRankBeforeACompanyWordIsNoRank() {
    Titles t = Titles.of("General [PER Motors] , the car maker , said sales rose .");
    assertTrue(t.titlesOf("Motors").isEmpty());
  }

  @Test
  void lawLordIsAPost() {
    Titles t = Titles.of("The senior law lord [PER Lord Hale] said the rules were unlawful .");
    t.has("Hale", "senior law lord", null, false);
  }

  @Test
  void aCompanyTheTaggerCallsMiscellaneousBeforeAPost() {
    Titles t = Titles.of("[PER Marion Jones] has filed a lawsuit against [MISC Balco] boss "
        + "[PER Victor Conte] .");
    t.has("Victor Conte", "boss", "Balco", false);
  }

  @Test
  void coordinatedPremodifiersWithAnOrganizationInTheSecond() {
    Titles t = Titles.of("Earlier , [MISC Palestinian] President and [ORG Fatah] leader [PER Mahmoud "
        + "Abbas] said he would go .");
    t.has("Mahmoud Abbas", "President", "Palestine", false);
    t.has("Mahmoud Abbas", "leader", "Fatah", false);
  }

  @Test
  void titleCoordinatedWithAnHonorificAndANameIsAnotherPerson() {
    Titles t = Titles.of("[PER Tony Blair] met [PER Gordon Brown] . Tory leader [PER Michael "
        + "Howard] accused the prime minister and Mr [PER Brown] of squabbling .");
    assertTrue(t.titlesOf("Gordon Brown").isEmpty(), t.titlesOf("Gordon Brown").toString());
    t.has("Michael Howard", "leader", "Conservative Party", false);
  }

  @Test
  void partyWordAfterACutNameEndsTheNameNotStartsTheTitle() {
    Titles t = Titles.of("Former [ORG UK Independence] Party leader [PER Nigel Farage] said there "
        + "was not a single case .");
    t.has("Nigel Farage", "leader", "UK Independence Party", true);
    Titles executive = Titles.of("[ORG NORML] Executive Director [PER Allen Pierre] will "
        + "speak .");
    executive.has("Allen Pierre", "Executive Director", "NORML", false);
  }

  @Test
  void chiefBeforeAnotherHeadModifiesIt() {
    Titles t = Titles.of("[ORG Victoria Police] Chief Commissioner [PER Christine Nixon] "
        + "suggested a ban .");
    t.has("Christine Nixon", "Chief Commissioner", "Victoria Police", false);
    Titles alone = Titles.of("Police Chief [PER Bill Bratton] said crime fell .");
    alone.has("Bill Bratton", "Police Chief", null, false);
  }

  @Test
  void titleInsideANameCoordinatedBeforeAPersonIsNotTheirs() {
    Titles t = Titles.of("The group is led by the head of the Department of the Prime Minister "
        + "and Cabinet [PER Maarten Wevers] .");
    assertTrue(t.titlesOf("Maarten Wevers").stream().noneMatch(x -> x.equals("Prime Minister")),
        t.titlesOf("Maarten Wevers").toString());
  }

  @Test
  void anUntaggedCountryOrANamedPublicationInFrontIsNotPartOfTheTitle() {
    Titles t = Titles.of("This week [PER Colin Powell] , US Secretary of State was visiting .");
    t.has("Colin Powell", "Secretary of State", "United States", false);
    Titles editor = Titles.of("It was first edited by former Edge magazine editor [PER Tony Mott] "
        + ".");
    assertEquals(List.of("editor"), editor.titlesOf("Tony Mott"));
    Titles open = Titles.of("The chain 's youngest store manager [PER Charlie Bell] said sales "
        + "rose .");
    assertEquals(List.of("store manager"), open.titlesOf("Charlie Bell"));
  }

  @Test
  void aPlaceBeforeABarePostIsItsRemit() {
    Titles t = Titles.of("In Edinburgh , [LOC Wales] Secretary [PER Peter Hain] and [LOC Northern "
        + "Ireland] Minister [PER John Spellar] praised the plan .");
    assertEquals(List.of("Wales Secretary"), t.titlesOf("Peter Hain"));
    assertEquals(List.of("Northern Ireland Minister"), t.titlesOf("John Spellar"));
    Titles country = Titles.of("[LOC Pakistan] Foreign Secretary [PER Riaz Khan] spoke .");
    country.has("Riaz Khan", "Foreign Secretary", "Pakistan", false);
  }
}
