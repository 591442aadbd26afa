package org.newsentities.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.extract.topics.SubjectLexicon;
import org.newsentities.extract.topics.Taxonomy;
import org.newsentities.extract.topics.TopicTokenizer;

class WeakLabelerTest {

  private static final Taxonomy TAXONOMY = Taxonomy.load("models/topics/iptc-mediatopics.tsv");
  private static final SubjectLexicon LEXICON = SubjectLexicon.load("models/topics/lexicon.tsv", TAXONOMY);
  private static final WeakLabeler LABELER = new WeakLabeler(
      TAXONOMY.topLevel().stream().map(Taxonomy.Subject::code).toList());

  private static Optional<String> label(String corpus, List<String> labels, String text) {
    return LABELER.label(new TrainingDoc("x", corpus, text, labels),
        LEXICON.evidence(TopicTokenizer.lemmas(text)));
  }

  @Test
  void agWorldDefaultsToPoliticsAndMovesToConflictOnClearEvidence() {
    assertEquals(Optional.of(WeakLabeler.POLITICS), label("ag_news", List.of("World"),
        "Leaders meet in Brussels to discuss the budget."));
    assertEquals(Optional.of(WeakLabeler.CONFLICT), label("ag_news", List.of("World"),
        "US troops kill insurgents in Fallujah as the military offensive goes on."));
  }

  @Test
  void agSportsIsAlwaysSport() {
    assertEquals(Optional.of(WeakLabeler.SPORT), label("ag_news", List.of("Sports"),
        "Troops of fans cheer as the war of words between the coaches goes on."));
  }

  @Test
  void reutersTopicsAreEconomyExceptJobs() {
    assertEquals(Optional.of(WeakLabeler.ECONOMY), label("reuters21578", List.of("grain"), "Wheat."));
    assertEquals(Optional.of(WeakLabeler.LABOUR), label("reuters21578", List.of("jobs"), "Jobless."));
  }

  @Test
  void unlabelledTextsNeedClearEvidence() {
    assertEquals(Optional.empty(), label("conll2003", List.of(), "He said on Tuesday that it was so."));
    assertEquals(Optional.of(WeakLabeler.SPORT), label("conll2003", List.of(),
        "The striker scored twice as the champions won the Premier League match at the stadium."));
  }
}
