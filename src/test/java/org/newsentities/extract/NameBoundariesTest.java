package org.newsentities.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.Token;
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
  void aNameWithoutOrganizationWordsBeforeItsGivenNameStaysWhole() {
    assertEquals(List.of("PERSON:Opposition Leader Lim Kit Siang"),
        spans("former [PER Opposition Leader Lim Kit Siang] publicly lamented the move ."));
  }

  @Test
  void aPersonGluedInsideAnOrganizationIsAPerson() {
    assertEquals(List.of("ORGANIZATION:Wireless Mesh", "PERSON:Peter McKinnon",
        "ORGANIZATION:NEC", "PERSON:Kaoru Yano", "ORGANIZATION:Deutsche Morgan Grenfell"),
        spans("Signing were Chen , President of WiMAX and [ORG Wireless Mesh Peter McKinnon NEC] "
            + "President [PER Kaoru Yano] , and [ORG Deutsche Morgan Grenfell] ."));
    assertEquals(List.of("ORGANIZATION:Opposition Leader Lim Kit Siang"),
        spans("former [ORG Opposition Leader Lim Kit Siang] publicly lamented ."));
    assertEquals(List.of("ORGANIZATION:University of North Carolina School"),
        spans("chancellor of the [ORG University of North Carolina School] of the Arts ."));
  }

  @Test
  void aPersonAfterAnOrganizationThatAPostNamesIsAPerson() {
    assertEquals(List.of("PERSON:Ben Bernanke", "ORGANIZATION:Goldman Sachs",
        "PERSON:Peter Sands"),
        spans("Federal Reserve chairman [PER Ben Bernanke] ; chief executive of [ORG Goldman "
            + "Sachs Peter Sands] ; ."));
  }

  @Test
  void aTitleGluedToItsOrganizationIsCutOff() {
    assertEquals(List.of("PERSON:Lehner", "PERSON:Klaus Zumwinkel",
        "ORGANIZATION:Deutsche Post AG", "ORGANIZATION:Bank of England"),
        spans("[PER Lehner] will succeed [PER Klaus Zumwinkel] the former [ORG chairman of "
            + "Deutsche Post AG] , not the [ORG Bank of England] ."));

  }

  /** The tagger's own parts of speech matter here: it tags "CEO" and "Court" as common nouns. */
  @Test
  void capitalizedCommonNounsBeforeOfStayInTheName() {
    assertEquals(List.of("PERSON:Klaus Zumwinkel", "ORGANIZATION:Deutsche Post AG",
        "ORGANIZATION:Court of Appeal"),
        tagged("Klaus/NNP/PERSON Zumwinkel/NNP/PERSON the/DT former/JJ CEO/NN/ORGANIZATION "
            + "of/IN/ORGANIZATION Deutsche/NNP/ORGANIZATION Post/NNP/ORGANIZATION "
            + "AG/NNP/ORGANIZATION left/VBD the/DT Court/NN/ORGANIZATION of/IN/ORGANIZATION "
            + "Appeal/NNP/ORGANIZATION ./."));
  }

  @Test
  void anAbbreviatedSaintInsideASurnameIsPartOfTheName() {
    assertEquals(List.of("ORGANIZATION:NORML", "PERSON:Allen St. Pierre", "ORGANIZATION:NORML",
        "PERSON:Keith Stroup"),
        tagged("NORML/NNP/ORGANIZATION Executive/NNP Director/NNP Allen/NNP/PERSON St./NNP "
            + "Pierre/NNP/PERSON and/CC NORML/NNP/ORGANIZATION founder/NN Keith/NNP/PERSON "
            + "Stroup/NNP/PERSON ./."));
  }

  @Test
  void aGivenNameBeforeAnInitialBelongsToThePerson() {
    assertEquals(List.of("LOCATION:United States Ambassador to Thailand",
        "PERSON:Kristie A. Kenney"),
        tagged("United/NNP/LOCATION States/NNP/LOCATION Ambassador/NNP/LOCATION to/IN/LOCATION "
            + "Thailand/NNP/LOCATION Kristie/NNP/LOCATION A./NNP/PERSON Kenney/NNP/PERSON "
            + "joined/VBD ./."));
  }

  @Test
  void anOrganizationGluedAfterACompleteNameBeforeAPossessiveIsAnOrganization() {
    assertEquals(List.of("PERSON:Eric E. Schmidt", "ORGANIZATION:Google",
        "PERSON:Martin Luther King Jr."),
        tagged("directors/NNS :/: Eric/NNP/PERSON E./NNP/PERSON Schmidt/NNP/PERSON "
            + "Google/NNP/PERSON 's/POS chief/JJ and/CC Martin/NNP/PERSON Luther/NNP/PERSON "
            + "King/NNP/PERSON Jr./NNP/PERSON 's/POS dream/NN ./."));
  }

  /** Spans of one sentence written as "word/POS/NER" tokens (NER O when left out). */
  private static List<String> tagged(String sentence) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String t : sentence.split(" ")) {
      String[] p = t.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      tokens.add(new Token(tokens.size(), 0, p[0], start, text.length(), p[1], p[0],
          p.length > 2 ? p[2] : "O"));
    }
    Sentence s = new Sentence(0, 0, text.length(), List.copyOf(tokens));
    AnnotatedText annotated = new AnnotatedText(text.toString(), List.of(s), tokens, List.of(),
        List.of());
    return new EntityMentionExtractor().extract(annotated).stream()
        .map(x -> x.type() + ":" + x.text()).toList();
  }

  @Test
  void aSeatAfterANameInsideACommitteesRunMakesItAPerson() {
    assertEquals(List.of("ORGANIZATION:Environmental Audit Committee", "PERSON:Peter Ainsworth"),
        spans("Chairman of the [ORG Environmental Audit Committee Peter Ainsworth MP] , said it ."));
    assertEquals(List.of("ORGANIZATION:Environmental Audit Committee Peter"),
        spans("Chairman of the [ORG Environmental Audit Committee Peter] , said it ."));
  }
}
