package org.newsentities.extract.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectLexiconTest {

  private static final Taxonomy TAXONOMY = Taxonomy.parse(List.of(
      "medtop:11000000\tpolitics",
      "medtop:16000000\tconflict, war and peace",
      "medtop:20000073\tpeace process\tmedtop:16000000",
      "medtop:20000638\tinternational relations\tmedtop:11000000"), "test");

  private static final SubjectLexicon LEXICON = SubjectLexicon.parse(List.of(
      "peace talks\tmedtop:20000073\t2",
      "talks\tmedtop:20000638\t1",
      "troops\tmedtop:16000000\t2"), "test", TAXONOMY);

  @Test
  void longestPhraseWinsAndCountsForItsParent() {
    SubjectLexicon.Evidence e = LEXICON.evidence(TopicTokenizer.lemmas("Peace talks resumed."));
    assertEquals(2.0, e.of("medtop:20000073"), 1e-9);
    assertEquals(2.0, e.of("medtop:16000000"), 1e-9, "a child's evidence counts for its parent");
    assertEquals(0.0, e.of("medtop:20000638"), 1e-9, "'talks' inside 'peace talks' is not counted again");
  }

  @Test
  void repetitionCountsLessThanVariety() {
    SubjectLexicon.Evidence e = LEXICON.evidence(TopicTokenizer.lemmas("troops, troops, troops and talks"));
    assertEquals(2 * (1 + Math.log(3)), e.of("medtop:16000000"), 1e-9);
  }

  @Test
  void aCodeOutsideTheTaxonomyIsAnError() {
    assertThrows(IllegalArgumentException.class, () ->
        SubjectLexicon.parse(List.of("war\tmedtop:99999999\t1"), "test", TAXONOMY));
    assertThrows(IllegalArgumentException.class, () ->
        Taxonomy.parse(List.of("medtop:20000073\tpeace process\tmedtop:16000000"), "test"));
  }

  @Test
  void theShippedTaxonomyHasTheSeventeenIptcTopLevelSubjects() {
    Taxonomy shipped = Taxonomy.load("models/topics/iptc-mediatopics.tsv");
    assertEquals(17, shipped.topLevel().size());
    assertEquals("conflict, war and peace", shipped.require("medtop:16000000").label());
    assertEquals("medtop:16000000", shipped.topLevelOf("medtop:20000053"));
  }
}
