package org.newsentities.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsentities.testing.MarkedText;

/** Person names glued to a neighbour or cut in two by the tagger are given their own edges. */
class NameBoundariesTest {

  private static List<String> spans(String marked) {
    return new EntityMentionExtractor().extract(MarkedText.parse(marked)).stream()
        .map(s -> s.type() + ":" + s.text()).toList();
  }

  @Test
  void aNameCutAtASpacedHyphenIsOneName() {
    assertEquals(List.of("LOCATION:Luxembourg", "PERSON:Jean - Claude Juncker",
        "PERSON:Jean - Pierre Raffarin"),
        spans("Wen held talks with [LOC Luxembourg] Prime Minister [PER Jean] - [PER Claude "
            + "Juncker] and Prime Minister Jean - [PER Pierre Raffarin] ."));
  }

  @Test
  void aHyphenBetweenTwoPeopleStaysBetweenThem() {
    assertEquals(List.of("PERSON:Wasim Akram", "PERSON:Waqar Younis", "PERSON:Smith",
        "PERSON:Jones"),
        spans("The stand [PER Wasim Akram] - [PER Waqar Younis] and [PER Smith] - [PER Jones] ."));
  }

  @Test
  void aNicknameInBracketsIsPartOfTheName() {
    assertEquals(List.of("PERSON:Renee ( Mack ) Baumgartner"),
        spans("Former Trojan player [PER Renee] ( [PER Mack ) Baumgartner] returned as head "
            + "coach in 1994 ."));
  }

  @Test
  void aPlaceInBracketsBetweenTwoPeopleJoinsNothing() {
    assertEquals(List.of("PERSON:Steffi Graf", "LOCATION:Germany", "PERSON:Martina Hingis"),
        spans("[PER Steffi Graf] ( [LOC Germany] ) [PER Martina Hingis] ."));
  }

  @Test
  void anOrganizationGluedBeforeAPersonIsLeftOut() {
    assertEquals(List.of("PERSON:Joe Quesada", "ORGANIZATION:Marvel Comics",
        "PERSON:Hillary Rodham Clinton"),
        spans("Two and a half years after starting [PER Marvel Knights Joe Quesada] became "
            + "editor-in-chief of [ORG Marvel Comics] , as did [PER Hillary Rodham Clinton] ."));
  }

  @Test
  void aPersonGluedInsideAnOrganizationIsAPerson() {
    assertEquals(List.of("ORGANIZATION:Wireless Mesh", "PERSON:Peter McKinnon",
        "ORGANIZATION:NEC", "PERSON:Kaoru Yano", "ORGANIZATION:Deutsche Morgan Grenfell"),
        spans("Signing were Chen , President of WiMAX and [ORG Wireless Mesh Peter McKinnon NEC] "
            + "President [PER Kaoru Yano] , and [ORG Deutsche Morgan Grenfell] ."));
  }

  @Test
  void aTitleGluedToItsOrganizationIsCutOff() {
    assertEquals(List.of("PERSON:Lehner", "PERSON:Klaus Zumwinkel",
        "ORGANIZATION:Deutsche Post AG", "ORGANIZATION:Bank of England"),
        spans("[PER Lehner] will succeed [PER Klaus Zumwinkel] the former [ORG chairman of "
            + "Deutsche Post AG] , not the [ORG Bank of England] ."));
  }
}
