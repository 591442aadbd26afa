package org.newsentities.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.Mention;
import org.newsentities.output.Json;

/** What every output file must be: complete JSON of the 1.1 contract whose offsets fit its text. */
final class OutputChecks {

  private OutputChecks() {}

  static JsonNode assertValidOutput(Path file) throws IOException {
    JsonNode json = Json.mapper().readTree(file.toFile());
    assertEquals(ArticleDocument.SCHEMA_VERSION, json.get("schemaVersion").asText(), file.toString());
    assertTrue(json.get("provenance").get("inputSha256").asText().matches("[0-9a-f]{64}"), file.toString());
    ArticleDocument doc = Json.mapper().treeToValue(json, ArticleDocument.class);
    List<Mention> mentions = new ArrayList<>();
    doc.people().forEach(p -> mentions.addAll(p.mentions()));
    doc.organizations().forEach(o -> mentions.addAll(o.mentions()));
    doc.locations().forEach(l -> mentions.addAll(l.mentions()));
    for (Mention m : mentions) {
      assertEquals(m.text(), doc.text().substring(m.start(), m.end()), file.toString());
    }
    return json;
  }

  static List<JsonNode> readJsonl(Path file) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      records.add(Json.mapper().readTree(line));
    }
    return records;
  }
}
