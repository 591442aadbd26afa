package org.newsentities.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.output.Json;
import org.newsentities.testing.FakeAnnotator;

/** Re-runs: what is current is skipped (and costs no annotation), what changed is redone. */
class IncrementalRunTest {

  @TempDir Path dir;

  private Path drop(int articles) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= articles; i++) {
      lines.add("{\"id\":\"a" + i + "\",\"text\":\"Reporter Jane Doe wrote article number " + i
          + ". Minister John Smith answered.\"}");
    }
    Path file = dir.resolve("drop.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static Map<String, Long> statuses(Path manifest) throws IOException {
    return OutputChecks.readJsonl(manifest).stream()
        .collect(Collectors.groupingBy(m -> m.get("status").asText(), Collectors.counting()));
  }

  @Test
  void secondRunSkipsEverythingWithoutAnnotatingAndIsFast() throws IOException {
    Path input = drop(200);
    Path out = dir.resolve("out");
    FakeAnnotator first = new FakeAnnotator();
    assertEquals(0, CliRun.run(first, "extract", input.toString(), "--out", out.toString()).exit());
    assertEquals(200, first.calls());
    long before = Files.getLastModifiedTime(out.resolve("a1.json")).toMillis();

    FakeAnnotator second = new FakeAnnotator();
    long t0 = System.nanoTime();
    CliRun.Result again = CliRun.run(second, "extract", input.toString(), "--out", out.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(0, again.exit(), again.stderr());
    assertEquals(0, second.calls(), "nothing is annotated again");
    assertFalse(again.stderr().contains("loading models"), "models are not even loaded");
    assertEquals(Map.of("skipped", 200L), statuses(out.resolve("manifest.jsonl")));
    assertEquals(before, Files.getLastModifiedTime(out.resolve("a1.json")).toMillis());
    assertTrue(seconds < 5, "a re-run of 200 current articles took " + seconds + " s");
    JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(200, summary.get("articlesSkipped").asInt());
  }

  @Test
  void changedArticlesAndForceAreRedone() throws IOException {
    Path input = drop(5);
    Path out = dir.resolve("out");
    CliRun.run(new FakeAnnotator(), "extract", input.toString(), "--out", out.toString());
    List<String> lines = new ArrayList<>(Files.readAllLines(input));
    lines.set(2, lines.get(2).replace("article number 3", "article number three, corrected"));
    Files.write(input, lines);

    FakeAnnotator annotator = new FakeAnnotator();
    CliRun.run(annotator, "extract", input.toString(), "--out", out.toString());
    assertEquals(1, annotator.calls(), "only the changed article");
    assertEquals(Map.of("skipped", 4L, "ok", 1L), statuses(out.resolve("manifest.jsonl")));
    assertTrue(Json.mapper().readTree(out.resolve("a3.json").toFile()).get("text").asText()
        .contains("corrected"));

    FakeAnnotator forced = new FakeAnnotator();
    CliRun.run(forced, "extract", input.toString(), "--out", out.toString(), "--force");
    assertEquals(5, forced.calls());
  }

  @Test
  void anotherConfigurationOfTheExtractionRedoesButBatchSettingsDoNot() throws IOException {
    Path input = drop(3);
    Path out = dir.resolve("out");
    CliRun.run(new FakeAnnotator(), "extract", input.toString(), "--out", out.toString());
    FakeAnnotator threads = new FakeAnnotator();
    CliRun.run(threads, "extract", input.toString(), "--out", out.toString(), "--threads", "1",
        "--timeout", "30");
    assertEquals(0, threads.calls(), "threads and time limit do not change outputs");
    FakeAnnotator model = new FakeAnnotator();
    CliRun.run(model, "extract", input.toString(), "--out", out.toString(),
        "--set", "annotator.maxSentenceTokens=100");
    assertEquals(3, model.calls(), "an annotator setting does");
  }

  @Test
  void anOutputDirectoryInsideTheInputIsNotReadBack() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Mayor Anna Keller spoke.");
    Path out = corpus.resolve("out");
    CliRun.run(new FakeAnnotator(), "extract", corpus.toString(), "--out", out.toString());
    FakeAnnotator second = new FakeAnnotator();
    CliRun.Result again = CliRun.run(second, "extract", corpus.toString(), "--out", out.toString());
    assertEquals(0, again.exit(), again.stderr());
    assertTrue(again.stderr().contains("1 articles: 0 written, 1 skipped"), again.stderr());
  }

  @Test
  void failedArticlesAreRetriedOnTheNextRun() throws IOException {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"id\":\"x\",\"text\":\"THROWBOOM here.\"}\n{\"id\":\"y\",\"text\":\"Fine.\"}\n");
    Path out = dir.resolve("out");
    assertEquals(1, CliRun.run(new FakeAnnotator(), "extract", input.toString(), "--out",
        out.toString()).exit());
    FakeAnnotator again = new FakeAnnotator();
    assertEquals(1, CliRun.run(again, "extract", input.toString(), "--out", out.toString()).exit());
    assertEquals(1, again.calls(), "the failed one is tried again, the written one is not");
  }

  @Test
  void jsonlFileIsIncrementalToo() throws IOException {
    Path input = drop(6);
    Path out = dir.resolve("stream.jsonl");
    CliRun.Result first = CliRun.run(new FakeAnnotator(), "extract", input.toString(), "--format",
        "jsonl", "--out", out.toString());
    assertEquals(0, first.exit(), first.stderr());
    assertEquals(6, OutputChecks.readJsonl(out).size());
    assertTrue(Files.exists(dir.resolve("manifest.jsonl")), "reports beside the JSONL file");

    FakeAnnotator second = new FakeAnnotator();
    CliRun.run(second, "extract", input.toString(), "--format", "jsonl", "--out", out.toString());
    assertEquals(0, second.calls());
    List<JsonNode> records = OutputChecks.readJsonl(out);
    assertEquals(6, records.size());
    assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "a6"),
        records.stream().map(r -> r.get("id").asText()).sorted().toList());
    assertFalse(Files.exists(dir.resolve("stream.jsonl.partial")));
  }

  @Test
  void jsonlRunKilledHalfWayIsResumedFromItsPartialFile() throws IOException {
    Path input = drop(4);
    Path out = dir.resolve("stream.jsonl");
    CliRun.run(new FakeAnnotator(), "extract", input.toString(), "--format", "jsonl", "--out",
        out.toString());
    // What a run killed while writing leaves: no final file, a .partial with whole lines and a
    // cut-off last one.
    List<String> lines = Files.readAllLines(out);
    Files.delete(out);
    Files.writeString(dir.resolve("stream.jsonl.partial"), lines.get(0) + "\n" + lines.get(1) + "\n"
        + lines.get(2).substring(0, lines.get(2).length() / 2));

    FakeAnnotator resumed = new FakeAnnotator();
    CliRun.Result result = CliRun.run(resumed, "extract", input.toString(), "--format", "jsonl",
        "--out", out.toString());
    assertEquals(0, result.exit(), result.stderr());
    assertEquals(2, resumed.calls(), "two whole lines were recovered");
    List<JsonNode> records = OutputChecks.readJsonl(out);
    assertEquals(4, records.size());
    assertEquals(4, records.stream().map(r -> r.get("id").asText()).distinct().count());
    assertFalse(Files.exists(dir.resolve("stream.jsonl.partial")));
    assertFalse(Files.exists(dir.resolve("stream.jsonl.recovered")));
  }
}
