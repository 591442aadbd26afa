package org.newsentities.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsentities.ingest.ArticleSource;
import org.newsentities.ingest.ReadResult;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.model.Mention;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;
import org.newsentities.testing.SampleArticles;

/** The whole pipeline on the two sample articles of corpus/, checked for what a user checks. */
class SampleArticlesIT {

  // corpus/ also holds the annotated articles of corpus/gold/ (dev and held-out test halves);
  // only the two samples are run here, so no test looks at the pipeline's output on them.
  private static List<ReadResult> read;
  private static Map<String, ArticleDocument> docs;

  @BeforeAll
  static void run() {
    try (var results = new ArticleSource().read(Path.of("corpus"))) {
      read = results.toList();
    }
    docs = SampleArticles.documents();
  }

  @Test
  void readsBothSampleArticlesAndSkipsGold() {
    assertEquals(SampleArticles.IDS, docs.keySet());
    // a gold file read as an article would fail (it has no text field)
    assertTrue(read.stream().allMatch(r -> r instanceof ReadResult.Ok), "read: " + read);
  }

  @Test
  void namedPeopleAreFound() {
    assertTrue(peopleOf("000_30514b1f612866db").contains("Christopher Landberg"));
    assertTrue(peopleOf("000_30514b1f612866db").contains("Syed Haider Shah"));
    assertTrue(peopleOf("003_0123780796fad852").contains("Asad Majeed Khan"));
  }

  @Test
  void headerDateIsTheDocumentDateAndNotText() {
    ArticleDocument doc = docs.get("003_0123780796fad852");
    assertEquals("2023-03-08", doc.documentDate().orElseThrow());
    assertEquals(DocumentDateSource.HEADER, doc.documentDateSource());
    assertFalse(doc.text().contains("2023-03-08"));
    assertTrue(doc.text().startsWith("ISLAMABAD:"));
    assertEquals("ISLAMABAD", doc.dateline().orElseThrow());
  }

  @Test
  void islamabadIsALocationWithTheDatelineAsAMention() {
    NamedEntity islamabad = docs.get("003_0123780796fad852").locations().stream()
        .filter(l -> l.name().equals("Islamabad")).findFirst().orElseThrow();
    assertTrue(islamabad.mentions().stream().anyMatch(m -> m.text().equals("ISLAMABAD")));
  }

  @Test
  void surnameMentionJoinsTheFullName() {
    Person landberg = docs.get("000_30514b1f612866db").people().stream()
        .filter(p -> p.name().equals("Christopher Landberg")).findFirst().orElseThrow();
    assertTrue(landberg.mentions().stream().anyMatch(m -> m.text().equals("Landberg")),
        "mentions: " + landberg.mentions());
  }

  @Test
  void everyOffsetIndexesTheTextField() {
    for (ArticleDocument doc : docs.values()) {
      List<Mention> all = new java.util.ArrayList<>();
      doc.people().forEach(p -> all.addAll(p.mentions()));
      doc.organizations().forEach(o -> all.addAll(o.mentions()));
      doc.locations().forEach(l -> all.addAll(l.mentions()));
      for (Mention m : all) {
        assertEquals(m.text(), doc.text().substring(m.start(), m.end()), doc.id());
      }
      doc.people().forEach(p -> p.titles().forEach(t ->
          assertEquals(t.text(), doc.text().substring(t.start(), t.end()), doc.id())));
      doc.dates().forEach(d ->
          assertEquals(d.text(), doc.text().substring(d.start(), d.end()), doc.id()));
    }
  }

  private static List<String> peopleOf(String id) {
    return docs.get(id).people().stream().map(Person::name).toList();
  }
}
