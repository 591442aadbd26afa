package org.newsentities.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.ingest.ArticleSource;
import org.newsentities.ingest.ReadResult;
import org.newsentities.output.Json;
import org.newsentities.testing.SharedModels;
import picocli.CommandLine;

/**
 * The Spark job in local[2] mode on a few sample articles gives the same JSON as the local
 * pipeline for the same articles (run metadata aside), and records a broken line as a failure.
 */
class SparkJobEqualityIT {

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path input;
  private static NewsEntitiesSparkJob.JobCounts counts;

  @BeforeAll
  static void runJob() throws Exception {
    List<String> lines;
    try (Stream<String> all = Files.lines(Path.of("../shared/data/news-sample/articles.jsonl"))) {
      lines = new ArrayList<>(all.limit(4).toList());
    }
    lines.add(2, "{\"id\": \"broken\", \"text\": ");
    input = Files.write(dir.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
    spark = SparkSession.builder().master("local[2]").appName("equality-test")
        .config("spark.ui.enabled", "false").getOrCreate();
    NewsEntitiesSparkJob job = new NewsEntitiesSparkJob();
    new CommandLine(job).parseArgs("--input", input.toString(), "--output",
        dir.resolve("out").toString());
    counts = job.run(spark);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyArticleEqualsTheLocalPipelinesOutput() throws IOException {
    Map<String, JsonNode> fromSpark = readLines(dir.resolve("out/articles"));
    Map<String, JsonNode> local = new TreeMap<>();
    try (Stream<ReadResult> results = new ArticleSource().read(input)) {
      for (ReadResult r : results.toList()) {
        if (r instanceof ReadResult.Ok ok) {
          JsonNode json = Json.mapper().valueToTree(
              SharedModels.pipeline().process(ok.article()).document());
          local.put(json.get("id").asText(), withoutRunMetadata(json));
        }
      }
    }
    assertEquals(4, local.size());
    assertEquals(local.keySet(), fromSpark.keySet());
    local.forEach((id, json) -> assertEquals(json, fromSpark.get(id), id));
    assertEquals(new NewsEntitiesSparkJob.JobCounts(4, 1), counts);
  }

  @Test
  void everyArticleCarriesTheProvenanceOfItsInputLine() throws IOException {
    Map<String, String> localHashes = new TreeMap<>();
    try (Stream<ReadResult> results = new ArticleSource().read(input)) {
      results.filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).article())
          .forEach(a -> localHashes.put(a.id(), a.contentHash()));
    }
    try (Stream<Path> files = Files.walk(dir.resolve("out/articles"))) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          JsonNode json = Json.mapper().readTree(line);
          JsonNode provenance = json.get("provenance");
          assertEquals("1.1", json.get("schemaVersion").asText());
          assertEquals(localHashes.get(json.get("id").asText()),
              provenance.get("inputSha256").asText(), json.get("id").asText());
          assertTrue(provenance.get("inputPath").asText().endsWith("articles.jsonl"));
        }
      }
    }
  }

  @Test
  void articlesArePartitionedByDocumentDate() throws IOException {
    try (Stream<Path> parts = Files.list(dir.resolve("out/articles"))) {
      List<String> names = parts.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("documentDate=")).toList();
      assertEquals(List.of("documentDate=none"), names, "BBC sample articles carry no date");
    }
  }

  @Test
  void brokenLineIsAnErrorRecordWithItsFileAndLine() throws IOException {
    List<JsonNode> errors = new ArrayList<>(readLines(dir.resolve("out/errors")).values());
    assertEquals(1, errors.size());
    JsonNode error = errors.get(0);
    assertEquals(3, error.get("line").asInt());
    assertTrue(error.get("file").asText().endsWith("articles.jsonl"), error.toString());
    assertTrue(error.get("reason").asText().startsWith("broken JSON"), error.toString());
  }

  /** Every JSON line of the part files under {@code root}, by id (or by file+line for errors). */
  private static Map<String, JsonNode> readLines(Path root) throws IOException {
    Map<String, JsonNode> byId = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          JsonNode json = Json.mapper().readTree(line);
          String key = json.has("id") ? json.get("id").asText()
              : json.get("file").asText() + ":" + json.get("line").asText();
          byId.put(key, withoutRunMetadata(json));
        }
      }
    }
    return byId;
  }

  /** Provenance (hashes, versions, times) differs between runs by design. */
  private static JsonNode withoutRunMetadata(JsonNode json) {
    if (json instanceof ObjectNode object) {
      object.remove("provenance");
    }
    return json;
  }
}
