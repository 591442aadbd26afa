package org.newsentities.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsentities.bench.Benchmark;
import org.newsentities.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: our extract against CoreNLP's default ner command line, in one run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Run our extract and CoreNLP's command line (tokenize,ssplit,pos,lemma,ner) on the same",
      "articles with the same threads; report wall time, tokens/s, articles/s, peak memory,",
      "start-up time and the ratios. Figures go to stdout and <work>/bench.json."
    })
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "FILE",
      defaultValue = "../shared/data/news-sample/articles.jsonl",
      description = "articles to run on (default: ${DEFAULT-VALUE})")
  Path input;

  @Option(names = "--sizes", split = ",", paramLabel = "N,N", defaultValue = "30,300",
      description = "numbers of articles, the first N of the input (default: ${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Option(names = "--threads", split = ",", paramLabel = "T,T", defaultValue = "2",
      description = "thread counts, the same for both (default: ${DEFAULT-VALUE})")
  List<Integer> threads;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "output/bench",
      description = "scratch and result directory (default: ${DEFAULT-VALUE})")
  Path work;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "3g",
      description = "our -Xmx (default: ${DEFAULT-VALUE}, as the launcher)")
  String heap;

  @Option(names = "--corenlp-heap", paramLabel = "SIZE", defaultValue = "8g",
      description = "CoreNLP's -Xmx (default: ${DEFAULT-VALUE}; its default ner needs ~6 GB)")
  String coreNlpHeap;

  @Option(names = "--skip-corenlp", description = "measure only our pipeline")
  boolean skipCoreNlp;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      System.err.println("news-entities: bench input not found: " + input);
      return ExitCodes.USAGE;
    }
    Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!jar.toString().endsWith(".jar")) {
      System.err.println("news-entities: bench runs from the built jar; use ./news-entities bench");
      return ExitCodes.USAGE;
    }
    Benchmark benchmark = new Benchmark(
        new Benchmark.Setup(jar, jar.getParent().resolve("lib"), heap, coreNlpHeap, !skipCoreNlp),
        System.err);
    List<Benchmark.Comparison> results = new ArrayList<>();
    for (int size : sizes) {
      Path inputDir = work.resolve("input-" + size);
      org.apache.commons.io.FileUtils.deleteDirectory(inputDir.toFile());
      org.newsentities.bench.BenchInputs.write(input, size, inputDir);
      for (int t : threads) {
        results.add(benchmark.compare(inputDir, size, t, work));
      }
    }
    Benchmark.print(results, System.out);
    Json.pretty().writeValue(work.resolve("bench.json").toFile(), results);
    return ExitCodes.OK;
  }
}
