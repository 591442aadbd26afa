package org.newsentities.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsentities.testing.MarkedText;

/** Mention spans from the tagger's token tags, with the tagger's usual slips repaired. */
class EntityMentionExtractorTest {

  private static List<String> spans(String marked) {
    return new EntityMentionExtractor().extract(MarkedText.parse(marked)).stream()
        .map(s -> s.type() + ":" + s.text()).toList();
  }

  @Test
  void runsOfTheSameTagAreOneMentionWithoutThePossessive() {
    assertEquals(List.of("ORGANIZATION:General Motors", "PERSON:Rick Wagoner"),
        spans("[ORG General Motors 's] boss [PER Rick Wagoner] spoke ."));
  }

  @Test
  void lowerCaseFunctionWordsAtTheEndAreLeftOut() {
    assertEquals(List.of("ORGANIZATION:Bank of England"),
        spans("He told the [ORG Bank of England of the] plan ."));
  }

  @Test
  void aNameAfterAnHonorificIsAPerson() {
    assertEquals(List.of("PERSON:Morgan", "PERSON:Hutt"),
        spans("Mr [PER Morgan] had told [ORG Ms Hutt of the] reshuffle ."));
  }

  @Test
  void aBroadcasterKeepsItsChannelNumber() {
    assertEquals(List.of("ORGANIZATION:Channel 4", "ORGANIZATION:BBC Radio 4"),
        spans("[ORG Channel] 4 and [ORG BBC Radio] 4 covered it ."));
  }

  @Test
  void otherNumbersAfterAnOrganizationStayOutside() {
    assertEquals(List.of("ORGANIZATION:Ford"), spans("[ORG Ford] 2 , Toyota nil ."));
  }

  @Test
  void aLineUpInitialBelongsToTheName() {
    assertEquals(List.of("PERSON:C Dominici", "PERSON:Y Delaigue", "PERSON:A Jones",
        "PERSON:J-P Grandclaude"),
        spans("D Traille , C [PER Dominici] ; Y [PER Delaigue] , A [PER Jones] , J-P [PER Grandclaude] ."));
  }

  @Test
  void anArticleOrPronounIsNoInitialOutsideAList() {
    assertEquals(List.of("PERSON:Jones", "PERSON:Smith"),
        spans("A [PER Jones] fan said I [PER Smith] was right ."));
  }

  @Test
  void honoursAfterANameAreLeftOut() {
    assertEquals(List.of("PERSON:Ben Emmerson", "PERSON:Margaret Moran"),
        spans("[PER Ben Emmerson QC] met [PER Margaret Moran MP] ."));
  }

  @Test
  void anEditorsBracketClosesInsideTheName() {
    assertEquals(List.of("PERSON:Mike [ Ruddock ]"), spans("a reminder to [PER Mike [ Ruddock] ] as to why"));
  }

  @Test
  void aNameGoesOnAfterItsParticle() {
    assertEquals(List.of("PERSON:Jorge Nuno Pinto da Costa", "PERSON:Robin van Persie",
        "LOCATION:Paris"),
        spans("[PER Jorge Nuno Pinto] da [LOC Costa] met [PER Robin] van Persie de facto in "
            + "[LOC Paris] ."));
  }

  @Test
  void theTitleOfAWorkAfterItsKindIsNoEntity() {
    assertEquals(List.of("ORGANIZATION:Variety", "ORGANIZATION:Chelsea"),
        spans("period drama [PER Vera Drake] , teen soap [PER Hollyoaks] and magazine "
            + "[ORG Variety] ; they play [ORG Chelsea] ."));
  }
}
