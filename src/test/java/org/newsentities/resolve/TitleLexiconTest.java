package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The title vocabulary in models/titles/ loads, and matches longest heads first. */
class TitleLexiconTest {

  private static final TitleLexicon LEXICON = TitleLexicon.load();

  @Test
  void longestHeadWins() {
    TitleLexicon.Head head = LEXICON.headAt(List.of("prime", "minister", "tony"), 0).orElseThrow();
    assertEquals(List.of("prime", "minister"), head.words());
    assertTrue(head.has(TitleLexicon.Flag.NATIONAL));
    assertEquals(List.of("chief", "executive", "officer"),
        LEXICON.headAt(List.of("chief", "executive", "officer"), 0).orElseThrow().words());
  }

  @Test
  void vocabularyCoversTheFieldsTheIssueNames() {
    for (String head : List.of("minister", "secretary", "ambassador", "chief executive", "general",
        "leader", "editor", "coach", "spokeswoman", "coordinator")) {
      assertTrue(LEXICON.headPhrases().contains(head), head);
    }
    for (String modifier : List.of("acting", "deputy", "vice", "chief", "senior", "shadow",
        "junior", "assistant", "additional")) {
      assertTrue(LEXICON.isModifier(modifier), modifier);
    }
    for (String marker : List.of("former", "ex", "then", "outgoing")) {
      assertTrue(LEXICON.isFormerMarker(marker), marker);
    }
    assertTrue(LEXICON.isPortfolio("Foreign"));
    assertFalse(LEXICON.isPortfolio("Landberg"));
  }

  @Test
  void aHeadListedTwiceIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> new TitleLexicon(
        List.of("minister\tgovernment", "Minister\tgovernment"), List.of(), List.of(), List.of(),
        List.of()));
  }

  @Test
  void placesAndParties() {
    PlaceLexicon places = PlaceLexicon.load();
    assertEquals("Pakistan", places.country("Pakistani").orElseThrow());
    assertEquals("United States", places.country("U.S.").orElseThrow());
    assertEquals("United Kingdom", places.country("Britain").orElseThrow());
    assertEquals("Pakistan", places.countryOfCapital("ISLAMABAD").orElseThrow());
    OrganizationLexicon orgs = OrganizationLexicon.load();
    assertEquals("Conservative Party", orgs.party("Tories").orElseThrow());
    assertEquals(orgs.body("foreign office"), orgs.body("ministry of foreign affairs"));
  }
}
