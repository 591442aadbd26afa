package org.newsentities.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.config.PipelineConfig;
import org.newsentities.output.Json;
import org.newsentities.pipeline.PipelineFactory;
import org.newsentities.testing.FakeAnnotator;

/** Flags, configuration, help and exit codes of {@code extract}, as a user meets them. */
class ExtractOptionsTest {

  @TempDir Path dir;

  private Path article() throws IOException {
    return Files.writeString(dir.resolve("a.txt"), "President Joe Biden spoke on Monday.");
  }

  @Test
  void allWrittenIsExitZero() throws IOException {
    CliRun.Result r = CliRun.run(new FakeAnnotator(), "extract", article().toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(ExitCodes.OK, r.exit(), r.stderr());
    assertTrue(r.stderr().contains("1 articles: 1 written"), r.stderr());
  }

  @Test
  void helpForEveryCommand() {
    CliRun.Result extract = CliRun.run(new FakeAnnotator(), "extract", "--help");
    assertEquals(0, extract.exit());
    for (String flag : List.of("--out", "--format", "--threads", "--timeout", "--force",
        "--config", "--set", "--print-config", "--progress", "--log-level", "Exit codes:")) {
      assertTrue(extract.stdout().contains(flag), flag + " missing from:\n" + extract.stdout());
    }
    assertEquals(0, CliRun.run(new FakeAnnotator(), "evaluate", "--help").exit());
    assertEquals(0, CliRun.run(new FakeAnnotator(), "--help").exit());
  }

  @Test
  void missingInputIsAUsageError() {
    CliRun.Result r = CliRun.run(new FakeAnnotator(), "extract", dir.resolve("nope").toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.stderr().contains("input not found: "), r.stderr());
    CliRun.Result none = CliRun.run(new FakeAnnotator(), "extract");
    assertEquals(ExitCodes.USAGE, none.exit());
    assertTrue(none.stderr().contains("missing INPUT"), none.stderr());
  }

  @Test
  void unknownConfigKeyIsExitTwoNamingTheKeyAndTheKnownOnes() throws IOException {
    Path config = Files.writeString(dir.resolve("c.json"), "{\"batch\": {\"thread\": 2}}");
    CliRun.Result r = CliRun.run(new FakeAnnotator(), "extract", article().toString(),
        "--config", config.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.stderr().contains(config + ": unknown key 'batch.thread'; known keys in 'batch': "
        + "threads, articleTimeoutSeconds"), r.stderr());
    assertFalse(Files.exists(dir.resolve("output")), "nothing was run");
  }

  @Test
  void badValuesAreExitTwoWithWhatToFix() throws IOException {
    CliRun.Result zero = CliRun.run(new FakeAnnotator(), "extract", article().toString(),
        "--threads", "0");
    assertEquals(ExitCodes.USAGE, zero.exit());
    assertTrue(zero.stderr().contains("--threads: batch.threads must be at least 1, got 0"),
        zero.stderr());
    CliRun.Result word = CliRun.run(new FakeAnnotator(), "extract", article().toString(),
        "--set", "batch.articleTimeoutSeconds=soon");
    assertEquals(ExitCodes.USAGE, word.exit());
    assertTrue(word.stderr().contains("'batch.articleTimeoutSeconds' must be a whole number"),
        word.stderr());
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"maxArticleChars\": ");
    CliRun.Result json = CliRun.run(new FakeAnnotator(), "extract", article().toString(),
        "--config", broken.toString());
    assertEquals(ExitCodes.USAGE, json.exit());
    assertTrue(json.stderr().contains(broken + ": not valid JSON at line 1"), json.stderr());
    CliRun.Result format = CliRun.run(new FakeAnnotator(), "extract", article().toString(),
        "--format", "xml");
    assertEquals(ExitCodes.USAGE, format.exit());
  }

  @Test
  void flagsOverrideTheConfigFileWhichOverridesDefaults() throws IOException {
    Path config = Files.writeString(dir.resolve("c.json"),
        "// comments are allowed\n{\"maxArticleChars\": 5000, \"batch\": {\"threads\": 3, \"format\": \"jsonl\"}}");
    CliRun.Result r = CliRun.run(new FakeAnnotator(), "extract", "--config", config.toString(),
        "--threads", "1", "--print-config");
    assertEquals(0, r.exit(), r.stderr());
    JsonNode printed = Json.mapper().readTree(r.stdout());
    assertEquals(5000, printed.get("maxArticleChars").asInt(), "from the file");
    assertEquals(1, printed.get("batch").get("threads").asInt(), "the flag wins");
    assertEquals("jsonl", printed.get("batch").get("format").asText());
    assertEquals(120, printed.get("batch").get("articleTimeoutSeconds").asInt(), "default");
    // what --print-config prints is a valid config file
    Path saved = Files.writeString(dir.resolve("saved.json"), r.stdout());
    CliRun.Result reread = CliRun.run(new FakeAnnotator(), "extract", "--config", saved.toString(),
        "--print-config");
    assertEquals(r.stdout(), reread.stdout());
  }

  @Test
  void jsonlToStdoutAndFromStdin() {
    byte[] stdin = ("{\"id\":\"s1\",\"text\":\"Mayor Anna Keller spoke.\"}\n"
        + "{\"id\":\"s2\",\"text\":\"Nothing else.\"}\n").getBytes(StandardCharsets.UTF_8);
    FakeAnnotator annotator = new FakeAnnotator();
    CliRun.Result r = CliRun.run(c -> PipelineFactory.create(c, annotator), stdin, "extract", "-",
        "--format", "jsonl", "--out", "-");
    assertEquals(0, r.exit(), r.stderr());
    List<String> lines = r.stdout().lines().toList();
    assertEquals(2, lines.size(), r.stdout());
    assertTrue(lines.get(0).startsWith("{\"schemaVersion\":\"1.1\""), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"inputPath\":\"<stdin>\",\"inputLine\":1")));
    assertTrue(r.stderr().contains("-> standard output"), r.stderr());
  }

  @Test
  void stdoutNeedsJsonl() throws IOException {
    CliRun.Result r = CliRun.run(new FakeAnnotator(), "extract", article().toString(), "--out", "-");
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.stderr().contains("--out - (standard output) needs --format jsonl"), r.stderr());
  }

  @Test
  void aPipelineThatCannotLoadIsAConfigurationError() throws IOException {
    CliRun.Result r = CliRun.run(c -> {
      throw new IllegalArgumentException("model not found: nope.tagger");
    }, new byte[0], "extract", article().toString(), "--out", dir.resolve("out").toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.stderr().contains("cannot load the pipeline: IllegalArgumentException: model not "
        + "found: nope.tagger; check annotator.posModel"), r.stderr());
  }

  @Test
  void anArticleIdThatIsTheNameOfARunFileDoesNotOverwriteIt() throws IOException {
    Path input = Files.writeString(dir.resolve("summary.txt"), "An article called summary.");
    Path out = dir.resolve("out");
    CliRun.run(new FakeAnnotator(), "extract", input.toString(), "--out", out.toString());
    assertTrue(Files.exists(out.resolve("summary-2.json")));
    assertEquals(1, Json.mapper().readTree(out.resolve("summary.json").toFile())
        .get("articlesWritten").asInt());
    assertEquals(PipelineConfig.defaults().batch().threads(),
        Json.mapper().readTree(out.resolve("summary.json").toFile()).get("threads").asInt());
  }
}
