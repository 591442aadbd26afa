package org.newsentities.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DateExpr;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.model.Mention;
import org.newsentities.model.Person;
import org.newsentities.model.Title;

class JsonArticleWriterTest {

  @TempDir Path dir;

  private static ArticleDocument document() {
    String text = "Acting Coordinator Landberg spoke on Monday.";
    Person landberg = new Person("p1", "Christopher Landberg",
        List.of(new Mention("Landberg", 19, 27)),
        List.of(new Title("Acting Coordinator", Optional.empty(), false, "Acting Coordinator", 0, 18)));
    return new ArticleDocument("1.0", "a/1", Optional.empty(), Optional.empty(),
        Optional.of("Headline"), Optional.empty(), DocumentDateSource.NONE, Optional.empty(), text,
        List.of(landberg), List.of(), List.of(),
        List.of(new DateExpr("Monday", 37, 43, "DATE", Optional.empty())), List.of(), List.of(),
        List.of());
  }

  @Test
  void fieldsComeInContractOrderWithNullsAndEmptyLists() throws IOException {
    Path file = new JsonArticleWriter(dir).write(document(), JsonArticleWriter.fileNameFor("a/1"));
    assertEquals("a_1.json", file.getFileName().toString());
    JsonNode json = Json.mapper().readTree(file.toFile());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("schemaVersion", "id", "source", "url", "headline", "documentDate",
        "documentDateSource", "dateline", "text", "people", "organizations", "locations", "dates",
        "topics", "keyphrases", "unresolvedTitles"), fields);
    assertTrue(json.get("source").isNull());
    assertEquals("none", json.get("documentDateSource").asText());
    assertTrue(json.get("organizations").isArray() && json.get("organizations").isEmpty());
    assertTrue(json.get("dates").get(0).get("value").isNull());
    assertTrue(json.get("people").get(0).get("titles").get(0).get("organization").isNull());
  }

  @Test
  void roundTripsThroughTheSameModel() throws IOException {
    Path file = new JsonArticleWriter(dir).write(document(), "x");
    ArticleDocument back = Json.mapper().readValue(file.toFile(), ArticleDocument.class);
    assertEquals(document(), back);
  }

  @Test
  void writesUtf8PrettyPrintedAndLeavesNoTemporaryFiles() throws IOException {
    new JsonArticleWriter(dir).write(document(), "x");
    String json = Files.readString(dir.resolve("x.json"));
    assertTrue(json.startsWith("{\n  \"schemaVersion\" : \"1.0\""), json.substring(0, 40));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("x.json"), files.map(p -> p.getFileName().toString()).toList());
    }
  }
}
