package org.newsentities.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.Keyphrase;
import org.newsentities.model.Topic;
import org.newsentities.testing.SampleArticles;

/** Topics and keyphrases of the two sample articles (Pakistan–US counter-terrorism dialogue). */
class TopicsIT {

  private static List<ArticleDocument> docs;

  @BeforeAll
  static void run() {
    docs = List.copyOf(SampleArticles.documents().values());
  }

  @Test
  void politicsOrConflictIsAmongTheTopTopicsOfEachArticle() {
    for (ArticleDocument doc : docs) {
      Set<String> codes = doc.topics().stream().map(Topic::code).collect(Collectors.toSet());
      assertTrue(codes.contains("medtop:11000000") || codes.contains("medtop:16000000"),
          doc.id() + ": " + doc.topics());
    }
  }

  @Test
  void everyArticleHasFiveToTenKeyphrases() {
    for (ArticleDocument doc : docs) {
      assertTrue(doc.keyphrases().size() >= 5 && doc.keyphrases().size() <= 10,
          doc.id() + ": " + doc.keyphrases());
    }
  }

  @Test
  void keyphrasesNameTheDialogueAndWhatItIsAbout() {
    Set<String> keys = docs.stream().flatMap(d -> d.keyphrases().stream())
        .map(Keyphrase::text).map(TopicsIT::key).collect(Collectors.toSet());
    assertTrue(keys.contains("counterterrorismdialogue"), keys.toString());
    assertTrue(keys.contains("financingofterrorism"), keys.toString());
  }

  /** Case, hyphens and spaces aside: "Counter Terrorism Dialogue" = "counter-terrorism dialogue". */
  private static String key(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
  }
}
