package org.newsentities.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.newsentities.model.Provenance;
import org.newsentities.model.Title;

class JsonArticleWriterTest {

  @TempDir Path dir;

  private static ArticleDocument document() {
    String text = "Acting Coordinator Landberg spoke on Monday.";
    Person landberg = new Person("p1", "Christopher Landberg",
        List.of(new Mention("Landberg", 19, 27)),
        List.of(new Title("Acting Coordinator", Optional.empty(), false, "Acting Coordinator", 0, 18)));
    return new ArticleDocument(ArticleDocument.SCHEMA_VERSION, "a/1", Optional.empty(), Optional.empty(),
        Optional.of("Headline"), Optional.empty(), DocumentDateSource.NONE, Optional.empty(), text,
        List.of(landberg), List.of(), List.of(),
        List.of(new DateExpr("Monday", 37, 43, "DATE", Optional.empty())), List.of(), List.of(),
        List.of());
  }

  private static Provenance provenance() {
    return new Provenance("in/a.jsonl", Optional.of(3), "ab12", "0.1.0+abc", "CoreNLP x", "cf00",
        List.of("not valid UTF-8; decoded as windows-1252 (Latin-1)"));
  }

  private static OutputDocument output() {
    return new OutputDocument(document(), provenance());
  }

  @Test
  void fieldsComeInContractOrderWithProvenanceLast() throws IOException {
    String name = new JsonArticleWriter(dir).write(output(), JsonArticleWriter.fileNameFor("a/1"));
    assertEquals("a_1.json", name);
    JsonNode json = Json.mapper().readTree(dir.resolve(name).toFile());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("schemaVersion", "id", "source", "url", "headline", "documentDate",
        "documentDateSource", "dateline", "text", "people", "organizations", "locations", "dates",
        "topics", "keyphrases", "unresolvedTitles", "provenance"), fields);
    List<String> provenanceFields = new ArrayList<>();
    json.get("provenance").fieldNames().forEachRemaining(provenanceFields::add);
    assertEquals(List.of("inputPath", "inputLine", "inputSha256", "pipelineVersion",
        "modelVersion", "configSha256", "warnings"), provenanceFields);
    assertEquals(3, json.get("provenance").get("inputLine").asInt());
    assertEquals("1.1", json.get("schemaVersion").asText());
    assertTrue(json.get("source").isNull());
    assertEquals("none", json.get("documentDateSource").asText());
    assertTrue(json.get("organizations").isArray() && json.get("organizations").isEmpty());
    assertTrue(json.get("dates").get(0).get("value").isNull());
    assertTrue(json.get("people").get(0).get("titles").get(0).get("organization").isNull());
  }

  @Test
  void roundTripsThroughTheSameModel() throws IOException {
    new JsonArticleWriter(dir).write(output(), "x");
    ArticleDocument back = Json.mapper().readValue(dir.resolve("x.json").toFile(),
        ArticleDocument.class);
    assertEquals(document(), back);
  }

  @Test
  void anOutputIsCurrentOnlyForTheSameInputAndPipeline() throws IOException {
    JsonArticleWriter writer = new JsonArticleWriter(dir);
    writer.write(output(), "x");
    Provenance same = provenance();
    assertEquals(Optional.of(new EntityCounts(1, 0, 0, 1)), writer.keepIfCurrent("x", "a/1", same));
    Provenance otherInput = new Provenance("moved/a.jsonl", Optional.empty(), "ff99",
        same.pipelineVersion(), same.modelVersion(), same.configSha256(), List.of());
    assertEquals(Optional.empty(), writer.keepIfCurrent("x", "a/1", otherInput));
    Provenance otherBuild = new Provenance(same.inputPath(), same.inputLine(), same.inputSha256(),
        "0.2.0+def", same.modelVersion(), same.configSha256(), List.of());
    assertEquals(Optional.empty(), writer.keepIfCurrent("x", "a/1", otherBuild));
    Provenance moved = new Provenance("elsewhere/a.jsonl", Optional.of(9), same.inputSha256(),
        same.pipelineVersion(), same.modelVersion(), same.configSha256(), List.of());
    assertTrue(writer.keepIfCurrent("x", "a/1", moved).isPresent(), "moving the drop keeps outputs");
    assertEquals(Optional.empty(), writer.keepIfCurrent("missing", "a/1", same));
  }

  @Test
  void aCutOffFileIsNotCurrentAndLeftoverTemporaryFilesAreRemoved() throws IOException {
    new JsonArticleWriter(dir).write(output(), "x");
    String full = Files.readString(dir.resolve("x.json"));
    Files.writeString(dir.resolve("x.json"), full.substring(0, full.length() / 2));
    Files.writeString(dir.resolve(".y.123.tmp"), "{\"half");
    JsonArticleWriter next = new JsonArticleWriter(dir);
    assertEquals(Optional.empty(), next.keepIfCurrent("x", "a/1", provenance()));
    assertFalse(Files.exists(dir.resolve(".y.123.tmp")));
  }

  @Test
  void writesUtf8PrettyPrintedAndLeavesNoTemporaryFiles() throws IOException {
    new JsonArticleWriter(dir).write(output(), "x");
    String json = Files.readString(dir.resolve("x.json"));
    assertTrue(json.startsWith("{\n  \"schemaVersion\" : \"1.1\""), json.substring(0, 40));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("x.json"), files.map(p -> p.getFileName().toString()).toList());
    }
  }
}
