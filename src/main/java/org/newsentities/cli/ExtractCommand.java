package org.newsentities.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsentities.config.PipelineConfig;
import org.newsentities.ingest.ArticleSource;
import org.newsentities.ingest.ReadResult;
import org.newsentities.output.db.DatabaseSink;
import org.newsentities.pipeline.ArticlePipeline;
import org.newsentities.pipeline.BatchRunner;
import org.newsentities.pipeline.PipelineFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract <file-or-dir|-> --out <dir>}: the main job. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract entities, titles, dates and topics from articles; write one JSON per article.",
      "Input: a .txt/.json/.jsonl file, a directory (recursive), or - for JSONL on stdin."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article was written",
      "1:some articles failed (listed on stderr)",
      "2:usage or configuration error"
    })
final class ExtractCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "INPUT", description = "file, directory, or - for stdin")
  String input;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
      description = "output directory (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--threads", paramLabel = "N",
      description = "worker threads sharing one pipeline (default: number of cores)")
  Integer threads;

  @Option(names = "--db", paramLabel = "URL",
      description = "also store every article in this database: a SQLite file, or "
          + "postgresql://user@host:5432/dbname (see docs/DATABASE.md)")
  String db;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    Path inputPath = Path.of(input);
    if (!input.equals("-") && !inputPath.toFile().exists()) {
      err.println("news-entities: input not found: " + input);
      return ExitCodes.USAGE;
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      err.println("news-entities: --threads must be at least 1");
      return ExitCodes.USAGE;
    }
    // the database before the models: a wrong URL fails in a second
    Optional<DatabaseSink> database;
    try {
      database = DatabaseSink.open(Optional.ofNullable(db), err);
    } catch (IllegalArgumentException | java.sql.SQLException e) {
      err.println("news-entities: --db " + db + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    PipelineConfig config = PipelineConfig.defaults();
    ArticlePipeline pipeline = PipelineFactory.create(config);
    ArticleSource source = new ArticleSource();
    Stream<ReadResult> articles =
        input.equals("-") ? source.readStdin(System.in) : source.read(inputPath);
    BatchRunner.Result result = new BatchRunner(pipeline, n, err,
        database.isPresent() ? database.get() : document -> {}).run(articles, out);
    err.println(result.summary().oneLine() + " -> " + out);
    boolean stored = database.map(d -> d.finish(err)).orElse(true);
    return result.failures().isEmpty() && stored ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
