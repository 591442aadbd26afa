package org.newsentities.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.output.Json;

/**
 * The packaged jar, run as a user runs it, killed with SIGKILL twice in the middle of a drop and
 * started again: the last run finishes the drop, every output is complete and valid, nothing
 * temporary is left, nothing already done is done again; a further run skips everything quickly.
 */
class BatchKillIT {

  private static final int ARTICLES = 24;

  @TempDir Path work;

  @Test
  void killedRunsResumeToACompleteValidDrop() throws Exception {
    Path input = drop();
    Path out = work.resolve("out");

    kill(start(input, out), out, 4);
    int doneAfterFirstKill = outputs(out).size();
    kill(start(input, out), out, doneAfterFirstKill + 4);
    Set<String> doneBeforeLastRun = outputs(out);
    assertTrue(doneBeforeLastRun.size() < ARTICLES, "the kills came too late to test anything");

    Process last = start(input, out);
    assertTrue(last.waitFor(8, TimeUnit.MINUTES));
    assertEquals(0, last.exitValue(), Files.readString(work.resolve("stderr.txt")));

    Set<String> all = outputs(out);
    assertEquals(ARTICLES, all.size());
    for (String name : all) {
      OutputChecks.assertValidOutput(out.resolve(name));
    }
    try (Stream<Path> files = Files.list(out)) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")),
          "temporary files of the killed runs are cleaned up");
    }
    List<JsonNode> manifest = OutputChecks.readJsonl(out.resolve("manifest.jsonl"));
    assertEquals(ARTICLES, manifest.size());
    Map<String, Long> statuses = manifest.stream()
        .collect(Collectors.groupingBy(m -> m.get("status").asText(), Collectors.counting()));
    assertEquals(doneBeforeLastRun.size(), statuses.get("skipped"), "what was done is not redone");
    assertEquals(ARTICLES - doneBeforeLastRun.size(), statuses.get("ok"));

    long t0 = System.nanoTime();
    Process again = start(input, out);
    assertTrue(again.waitFor(2, TimeUnit.MINUTES));
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(0, again.exitValue());
    JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(ARTICLES, summary.get("articlesSkipped").asInt());
    assertEquals(0.0, summary.get("modelLoadSeconds").asDouble(), "models are not loaded");
    assertTrue(seconds < 15, "a run with nothing to do took " + seconds + " s (JVM start included)");
  }

  /** The shipped sample articles ("000_….txt"), not the annotated dev and test articles. */
  private static final Pattern SAMPLE = Pattern.compile("[0-9]{3}_.*\\.txt");

  /** Twenty-four articles: the two sample articles of corpus/, each under twelve ids. */
  private Path drop() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      Stream<Path> samples = files.filter(p -> SAMPLE.matcher(p.getFileName().toString()).matches());
      for (Path f : (Iterable<Path>) samples.sorted()::iterator) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8).replaceFirst("^\\s*date:?\\s+\\S+\\s*", ""));
      }
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      lines.add(Json.mapper().writeValueAsString(Map.of("id", "art-" + i,
          "text", texts.get(i % texts.size()))));
    }
    return Files.write(work.resolve("drop.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private Process start(Path input, Path out) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    File jar = new File("target/news-entities.jar");
    assertTrue(jar.isFile(), "run with mvn verify: the IT needs the packaged jar");
    return new ProcessBuilder(java, "-Xmx1500m", "-jar", jar.getPath(), "extract",
        input.toString(), "--out", out.toString(), "--threads", "2", "--progress", "off")
        .redirectErrorStream(false)
        .redirectOutput(work.resolve("stdout.txt").toFile())
        .redirectError(work.resolve("stderr.txt").toFile())
        .start();
  }

  /** SIGKILL once at least {@code outputs} articles are written. */
  private static void kill(Process run, Path out, int outputs) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (run.isAlive() && outputs(out).size() < outputs && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(run.isAlive(), "the run ended before it could be killed");
    run.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
    assertTrue(run.waitFor(1, TimeUnit.MINUTES));
  }

  private static Set<String> outputs(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("art-") && n.endsWith(".json"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
