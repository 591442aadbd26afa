package org.newsentities.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.testing.FakeAnnotator;

/**
 * The bad-input fixtures (src/test/resources/bad-input, see its README) in one batch with good
 * articles, through the command line over a fake annotator: each bad input gets its one-line
 * message, its error record and manifest line; the good articles are all written and valid; the
 * exit code is 1.
 */
class BadInputTest {

  static final Path FIXTURES = Path.of("src/test/resources/bad-input");

  @TempDir static Path work;
  static Path in;
  static Path out;
  static CliRun.Result result;
  static Map<String, JsonNode> errorsByKey;

  @BeforeAll
  static void runTheBatch() throws IOException {
    in = work.resolve("in");
    out = work.resolve("out");
    FileUtils.copyDirectory(FIXTURES.toFile(), in.toFile());
    writeHugeArticle(in.resolve("huge.txt"), 5 << 20);
    result = CliRun.run(new FakeAnnotator(), "extract", in.toString(), "--out", out.toString(),
        "--threads", "2");
    errorsByKey = new HashMap<>();
    for (JsonNode e : OutputChecks.readJsonl(out.resolve("errors.jsonl"))) {
      String file = Path.of(e.get("file").asText()).getFileName().toString();
      errorsByKey.put(file + (e.get("line").isNull() ? "" : ":" + e.get("line").asInt()), e);
    }
  }

  /** About {@code bytes} of plain English sentences, as one .txt article. */
  static void writeHugeArticle(Path file, int bytes) throws IOException {
    String sentence = "The committee met again on Tuesday and discussed the budget at length. ";
    StringBuilder text = new StringBuilder(bytes + sentence.length());
    while (text.length() < bytes) {
      text.append(sentence);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void exitCodeSaysSomeArticlesFailed() {
    assertEquals(ExitCodes.SOME_FAILED, result.exit(), result.stderr());
  }

  @Test
  void everyGoodArticleIsWrittenAndValid() throws IOException {
    Set<String> expected = Set.of("good.json", "good-json.json", "latin1.json", "dup-1.json",
        "dup-1-2.json", "german.json", "last-good.json");
    Set<String> written;
    try (Stream<Path> files = Files.list(out)) {
      written = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.equals("summary.json"))
          .collect(Collectors.toSet());
    }
    assertEquals(expected, written);
    for (String name : expected) {
      OutputChecks.assertValidOutput(out.resolve(name));
    }
  }

  @Test
  void emptyFile() {
    assertFailure("empty.txt", "input", "empty file: no article text");
  }

  @Test
  void binaryFile() {
    assertFailure("binary.txt", "input", "binary file, not text");
  }

  @Test
  void jsonWithoutText() {
    assertFailure("no-text.json", "input", "missing required field 'text'");
    assertFailure("mixed.jsonl:3", "input", "missing required field 'text'");
  }

  @Test
  void brokenJsonLineAmongGoodOnes() {
    JsonNode e = assertFailure("mixed.jsonl:2", "input", "broken JSON: ");
    assertTrue(e.get("id").isNull(), "a broken line has no id to report");
    // the lines after it were read: 4, 5 and 8 were written
    assertTrue(Files.exists(out.resolve("last-good.json")));
  }

  @Test
  void articleThatMakesTheAnnotatorThrowFailsAlone() {
    assertFailure("mixed.jsonl:7", "error", "IllegalStateException: the annotator crashed on purpose");
  }

  @Test
  void hugeArticleIsRefusedWithAReason() {
    assertFailure("huge.txt", "rejected", "over the limit of 1,000,000 (maxArticleChars)");
  }

  @Test
  void latin1IsDecodedAndSaysSo() throws IOException {
    assertWarning("latin1.txt [latin1]: not valid UTF-8; decoded as windows-1252 (Latin-1)");
    JsonNode doc = OutputChecks.assertValidOutput(out.resolve("latin1.json"));
    assertTrue(doc.get("text").asText().contains("Z\u00fcrich"), doc.get("text").asText());
    assertEquals("not valid UTF-8; decoded as windows-1252 (Latin-1)",
        doc.get("provenance").get("warnings").get(0).asText());
  }

  @Test
  void anotherLanguageIsFlagged() throws IOException {
    assertWarning("mixed.jsonl:5 [german]: not English: looks like German");
    JsonNode doc = OutputChecks.assertValidOutput(out.resolve("german.json"));
    assertTrue(doc.get("provenance").get("warnings").get(0).asText().startsWith("not English"));
  }

  @Test
  void duplicateIdsAreBothKeptUnderDistinctNames() throws IOException {
    assertWarning("mixed.jsonl:4 [dup-1]: duplicate output name 'dup-1' (also used by "
        + in.resolve("mixed.jsonl") + ":1); this article is written as 'dup-1-2'");
    assertEquals("First", OutputChecks.assertValidOutput(out.resolve("dup-1.json"))
        .get("headline").asText());
    assertEquals("Second with the same id",
        OutputChecks.assertValidOutput(out.resolve("dup-1-2.json")).get("headline").asText());
  }

  @Test
  void manifestHasOneLinePerArticleAndSummaryAddsUp() throws IOException {
    List<JsonNode> manifest = OutputChecks.readJsonl(out.resolve("manifest.jsonl"));
    Map<String, Long> byStatus = manifest.stream()
        .collect(Collectors.groupingBy(m -> m.get("status").asText(), Collectors.counting()));
    assertEquals(Map.of("ok", 7L, "failed", 7L), byStatus);
    JsonNode line2 = manifest.stream()
        .filter(m -> m.get("input").asText().endsWith("mixed.jsonl") && m.get("line").asInt() == 2)
        .findFirst().orElseThrow();
    assertEquals("failed", line2.get("status").asText());
    JsonNode ok = manifest.stream().filter(m -> m.get("id").asText().equals("last-good"))
        .findFirst().orElseThrow();
    assertEquals(8, ok.get("line").asInt());
    assertTrue(ok.get("sha256").asText().matches("[0-9a-f]{64}"));
    assertTrue(ok.get("counts").get("people").asInt() >= 1, ok.toString());
    JsonNode summary = org.newsentities.output.Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(14, summary.get("articlesRead").asInt());
    assertEquals(7, summary.get("articlesWritten").asInt());
    assertEquals(7, summary.get("articlesFailed").asInt());
    assertTrue(result.stderr().contains("14 articles: 7 written, 0 skipped (up to date), 7 failed"),
        result.stderr());
  }

  @Test
  void eachFailureIsOneLineOnStderrNamingFileAndLine() {
    List<String> failed = result.stderrLines().stream().filter(l -> l.startsWith("failed: ")).toList();
    assertEquals(7, failed.size(), result.stderr());
    assertTrue(failed.contains("failed: " + in.resolve("mixed.jsonl") + ":3 [no-text-line]: "
        + "missing required field 'text'"), failed.toString());
    assertTrue(failed.contains("failed: " + in.resolve("empty.txt") + " [empty]: "
        + "empty file: no article text"), failed.toString());
    assertFalse(result.stderr().contains("Exception\n\tat "), "no stack traces");
  }

  private static JsonNode assertFailure(String key, String kind, String reasonPart) {
    JsonNode e = errorsByKey.get(key);
    assertTrue(e != null, key + " not in errors.jsonl: " + errorsByKey.keySet());
    assertEquals(kind, e.get("kind").asText(), e.toString());
    assertTrue(e.get("reason").asText().contains(reasonPart), e.toString());
    String where = in.resolve(key.contains(":") ? key.substring(0, key.indexOf(':')) : key)
        + (key.contains(":") ? key.substring(key.indexOf(':')) : "");
    assertTrue(result.stderrLines().stream().anyMatch(l -> l.startsWith("failed: " + where)
        && l.contains(reasonPart)), "no stderr line for " + where + ":\n" + result.stderr());
    return e;
  }

  private static void assertWarning(String text) {
    assertTrue(result.stderrLines().stream().anyMatch(l -> l.startsWith("warning: ")
        && l.contains(text)), "no warning '" + text + "' in:\n" + result.stderr());
  }
}
