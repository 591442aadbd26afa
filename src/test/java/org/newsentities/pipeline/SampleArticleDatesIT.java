package org.newsentities.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DateExpr;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.output.Json;
import org.newsentities.testing.SampleArticles;

/** The dates of the two sample articles against their gold files in corpus/gold/. */
class SampleArticleDatesIT {

  private static Map<String, ArticleDocument> docs;

  @BeforeAll
  static void run() {
    docs = SampleArticles.documents();
  }

  @Test
  void everyGoldDateIsFoundWithItsValue() throws IOException {
    for (String id : docs.keySet()) {
      JsonNode gold = Json.mapper().readTree(Path.of("corpus/gold", id + ".json").toFile());
      for (JsonNode g : gold.path("dates")) {
        String text = g.get("text").asText();
        String value = g.get("value").asText();
        assertTrue(docs.get(id).dates().stream().anyMatch(d -> d.text().equals(text)
            && d.value().filter(value::equals).isPresent()),
            id + ": " + text + " = " + value + " not in " + docs.get(id).dates());
      }
    }
  }

  @Test
  void anArticleWithoutDateIsDatedFromItsText() {
    ArticleDocument doc = docs.get("000_30514b1f612866db");
    assertEquals(DocumentDateSource.TEXT, doc.documentDateSource());
    assertEquals("2023-03-05", doc.documentDate().orElseThrow());
  }

  @Test
  void durationsAreDurations() {
    DateExpr twoDay = docs.get("000_30514b1f612866db").dates().stream()
        .filter(d -> d.text().equals("two-day")).findFirst().orElseThrow();
    assertEquals("DURATION", twoDay.type());
    assertEquals("P2D", twoDay.value().orElseThrow());
  }
}
