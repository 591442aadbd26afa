package org.newsentities.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.newsentities.output.Json;

/**
 * Runs our {@code extract} and CoreNLP's own command line ({@code tokenize,ssplit,pos,lemma,ner},
 * JSON output) on the same files with the same thread count, one after the other in one run, and
 * reports wall time, tokens/s, articles/s, peak memory, start-up time and the ratios.
 */
public final class Benchmark {

  /** How to run the two commands. */
  public record Setup(Path jar, Path libDir, String ourHeap, String coreNlpHeap,
      boolean withCoreNlp) {}

  /** One comparison: the same input and threads for both. */
  public record Comparison(int articles, int threads, MeasuredRun ours, MeasuredRun coreNlp) {

    public double throughputRatio() {
      return coreNlp.tokensPerSecond() == 0 ? 0 : ours.tokensPerSecond() / coreNlp.tokensPerSecond();
    }

    public double memoryRatio() {
      return coreNlp.peakRssMb() == 0 ? 0 : (double) ours.peakRssMb() / coreNlp.peakRssMb();
    }
  }

  private final Setup setup;
  private final ProcessMeter meter = new ProcessMeter();
  private final PrintStream log;

  public Benchmark(Setup setup, PrintStream log) {
    this.setup = setup;
    this.log = log;
  }

  public Comparison compare(Path inputDir, int articles, int threads, Path workDir)
      throws IOException, InterruptedException {
    MeasuredRun ours = runOurs(inputDir, articles, threads, workDir);
    MeasuredRun theirs = setup.withCoreNlp()
        ? runCoreNlp(inputDir, articles, threads, workDir)
        : new MeasuredRun("corenlp (skipped)", articles, 0, 0, 0, 0, 0);
    return new Comparison(articles, threads, ours, theirs);
  }

  private MeasuredRun runOurs(Path inputDir, int articles, int threads, Path workDir)
      throws IOException, InterruptedException {
    Path out = fresh(workDir.resolve("ours-" + articles + "-t" + threads));
    List<String> cmd = List.of("java", "-Xmx" + setup.ourHeap(), "-XX:+UseParallelGC", "-jar",
        setup.jar().toString(), "extract", inputDir.toString(), "--out", out.toString(),
        "--threads", Integer.toString(threads));
    log.printf("  ours:    %d articles, %d threads ...%n", articles, threads);
    ProcessMeter.Measurement m = meter.run(cmd, out, ".json", workDir.resolve(out.getFileName() + ".log"));
    JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
    return measured("news-entities extract", articles, summary.get("tokens").asLong(), m);
  }

  private MeasuredRun runCoreNlp(Path inputDir, int articles, int threads, Path workDir)
      throws IOException, InterruptedException {
    Path out = fresh(workDir.resolve("corenlp-" + articles + "-t" + threads));
    Path fileList = workDir.resolve("corenlp-" + articles + ".filelist");
    try (Stream<Path> files = Files.list(inputDir)) {
      Files.write(fileList, files.map(Path::toString).sorted().toList());
    }
    List<String> cmd = List.of("java", "-Xmx" + setup.coreNlpHeap(), "-XX:+UseParallelGC", "-cp",
        setup.libDir().resolve("*").toString(), "edu.stanford.nlp.pipeline.StanfordCoreNLP",
        "-annotators", "tokenize,ssplit,pos,lemma,ner", "-outputFormat", "json",
        "-filelist", fileList.toString(), "-outputDirectory", out.toString(),
        "-threads", Integer.toString(threads));
    log.printf("  corenlp: %d articles, %d threads ...%n", articles, threads);
    ProcessMeter.Measurement m = meter.run(cmd, out, ".json", workDir.resolve(out.getFileName() + ".log"));
    return measured("corenlp default ner", articles, countCoreNlpTokens(out), m);
  }

  private static MeasuredRun measured(String name, int articles, long tokens,
      ProcessMeter.Measurement m) {
    return new MeasuredRun(name, articles, tokens, round(m.wallSeconds()),
        round(m.firstOutputSeconds().orElse(m.wallSeconds())), m.peakRssKb() / 1024, m.exitCode());
  }

  static long countCoreNlpTokens(Path dir) throws IOException {
    long tokens = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        for (JsonNode sentence : Json.mapper().readTree(f.toFile()).path("sentences")) {
          tokens += sentence.path("tokens").size();
        }
      }
    }
    return tokens;
  }

  private static Path fresh(Path dir) throws IOException {
    FileUtils.deleteDirectory(dir.toFile());
    return Files.createDirectories(dir);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** The comparisons as a table, one block per input size and thread count. */
  public static void print(List<Comparison> comparisons, PrintStream out) {
    out.printf("%-24s %8s %7s %8s %9s %10s %11s %9s%n", "run", "articles", "threads", "wall s",
        "startup s", "tokens/s", "articles/s", "peak MB");
    for (Comparison c : comparisons) {
      for (MeasuredRun r : List.of(c.ours(), c.coreNlp())) {
        out.printf("%-24s %8d %7d %8.1f %9.1f %10.0f %11.2f %9d%s%n", r.name(), r.articles(),
            c.threads(), r.wallSeconds(), r.startupSeconds(), r.tokensPerSecond(),
            r.articlesPerSecond(), r.peakRssMb(), r.exitCode() == 0 ? "" : "  (exit " + r.exitCode() + ")");
      }
      out.printf("%-24s %8d %7d   throughput x%.2f, memory x%.2f of CoreNLP%n%n", "ratio ours/CoreNLP",
          c.articles(), c.threads(), c.throughputRatio(), c.memoryRatio());
    }
  }
}
