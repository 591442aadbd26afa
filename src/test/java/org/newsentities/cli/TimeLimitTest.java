package org.newsentities.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.output.Json;
import org.newsentities.testing.FakeAnnotator;

/** One pathological article cannot stall the run: it fails after the time limit, the rest goes on. */
class TimeLimitTest {

  @TempDir Path dir;

  private Path drop(String slowText) throws IOException {
    return Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\":\"before\",\"text\":\"Mayor Anna Keller spoke.\"}\n"
            + "{\"id\":\"slow\",\"text\":\"" + slowText + "\"}\n"
            + "{\"id\":\"after\",\"text\":\"Minister John Smith answered.\"}\n");
  }

  @Test
  void anArticleOverTheLimitFailsAndItsInterruptedWorkerStops() throws IOException {
    Path out = dir.resolve("out");
    long t0 = System.nanoTime();
    CliRun.Result r = CliRun.run(new FakeAnnotator(), "extract", drop("SLOWSLEEP forever.").toString(),
        "--out", out.toString(), "--timeout", "1", "--threads", "1");
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(ExitCodes.SOME_FAILED, r.exit(), r.stderr());
    assertTrue(seconds < 10, "the run took " + seconds + " s");
    assertTrue(r.stderr().contains("in.jsonl:2 [slow]: took longer than the time limit of 1 s "
        + "(batch.articleTimeoutSeconds); stopped"), r.stderr());
    JsonNode error = OutputChecks.readJsonl(out.resolve("errors.jsonl")).get(0);
    assertEquals("timeout", error.get("kind").asText());
    assertEquals(2, error.get("line").asInt());
    OutputChecks.assertValidOutput(out.resolve("before.json"));
    OutputChecks.assertValidOutput(out.resolve("after.json"));
    JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(1, summary.get("articlesTimedOut").asInt());
    assertEquals(0, summary.get("workersStillRunning").asInt(), "the sleeping worker was interrupted");
  }

  @Test
  void aWorkerThatIgnoresItsInterruptIsLeftBehindAndReported() throws IOException {
    Path out = dir.resolve("out");
    FakeAnnotator annotator = new FakeAnnotator();
    try {
      CliRun.Result r = CliRun.run(annotator, "extract", drop("SPINFOREVER and ever.").toString(),
          "--out", out.toString(), "--timeout", "1", "--threads", "1");
      assertEquals(ExitCodes.SOME_FAILED, r.exit(), r.stderr());
      assertEquals(List.of("after.json", "before.json"), List.of(
          Files.exists(out.resolve("after.json")) ? "after.json" : "-",
          Files.exists(out.resolve("before.json")) ? "before.json" : "-"));
      JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
      assertEquals(1, summary.get("workersStillRunning").asInt());
    } finally {
      annotator.release();
    }
  }
}
