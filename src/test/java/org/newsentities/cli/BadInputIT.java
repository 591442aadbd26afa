package org.newsentities.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.testing.SharedModels;

/** The bad-input fixtures through the real pipeline: the batch survives, good articles are right. */
class BadInputIT {

  @TempDir Path work;

  @Test
  void badInputsFailAloneAndGoodArticlesAreExtracted() throws IOException {
    Path in = work.resolve("in");
    Path out = work.resolve("out");
    FileUtils.copyDirectory(BadInputTest.FIXTURES.toFile(), in.toFile());
    BadInputTest.writeHugeArticle(in.resolve("huge.txt"), 5 << 20);
    CliRun.Result r = CliRun.run(c -> SharedModels.pipeline(), new byte[0], "extract",
        in.toString(), "--out", out.toString(), "--threads", "2");
    assertEquals(ExitCodes.SOME_FAILED, r.exit(), r.stderr());

    Set<String> written;
    try (Stream<Path> files = Files.list(out)) {
      written = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.equals("summary.json")).collect(Collectors.toSet());
    }
    // real CoreNLP does not throw on the fake annotator's THROWBOOM, so "crash" is written too
    assertEquals(Set.of("good.json", "good-json.json", "latin1.json", "dup-1.json", "dup-1-2.json",
        "german.json", "crash.json", "last-good.json"), written);
    for (String name : written) {
      OutputChecks.assertValidOutput(out.resolve(name));
    }
    JsonNode good = OutputChecks.assertValidOutput(out.resolve("good.json"));
    assertTrue(good.get("people").toString().contains("Rishi Sunak"), good.get("people").toString());
    assertEquals("2023-03-08", good.get("documentDate").asText());
    JsonNode latin1 = OutputChecks.assertValidOutput(out.resolve("latin1.json"));
    assertTrue(latin1.get("locations").toString().contains("Z\u00fcrich"),
        latin1.get("locations").toString());
    Set<String> failedKinds = OutputChecks.readJsonl(out.resolve("errors.jsonl")).stream()
        .map(e -> e.get("kind").asText()).collect(Collectors.toSet());
    assertEquals(Set.of("input", "rejected"), failedKinds);
  }
}
