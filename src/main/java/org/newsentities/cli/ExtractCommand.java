package org.newsentities.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsentities.config.ConfigException;
import org.newsentities.config.ConfigLoader;
import org.newsentities.config.OutputFormat;
import org.newsentities.config.PipelineConfig;
import org.newsentities.config.ProgressMode;
import org.newsentities.ingest.ArticleSource;
import org.newsentities.ingest.ReadResult;
import org.newsentities.output.ArticleSink;
import org.newsentities.output.JsonArticleWriter;
import org.newsentities.output.JsonlFileWriter;
import org.newsentities.output.JsonlStreamWriter;
import org.newsentities.output.db.DatabaseArticleSink;
import org.newsentities.output.db.DatabaseSink;
import org.newsentities.pipeline.ArticlePipeline;
import org.newsentities.pipeline.BatchRunner;
import org.newsentities.pipeline.PipelineFactory;
import org.newsentities.pipeline.PipelineLoadException;
import org.newsentities.pipeline.PipelineVersion;
import org.newsentities.pipeline.ProgressReporter;
import org.newsentities.pipeline.RunLock;
import org.newsentities.pipeline.RunRecorder;
import org.newsentities.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract <file-or-dir|-> --out <dir>}: the main job. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Extract people, organizations, locations, dates, topics and job titles from articles.",
      "INPUT is a .txt/.json/.jsonl file, a directory (read recursively), or - for JSONL on stdin.",
      "Writes one JSON file per article (or one JSONL stream), plus manifest.jsonl, errors.jsonl "
          + "and summary.json. Articles whose output is current are skipped (see --force).",
      "Configuration: built-in defaults < --config FILE < flags (see --print-config)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article was written or was already up to date",
      "1:some articles failed (listed on stderr and in errors.jsonl)",
      "2:usage or configuration error (the message says what to fix)"
    })
final class ExtractCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
      description = "file, directory, or - for JSONL on standard input")
  String input;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR|FILE", defaultValue = "output",
      description = "where articles go (default: ${DEFAULT-VALUE}). json: a directory. jsonl: a "
          + "directory (DIR/articles.jsonl), a .jsonl file, or - for standard output")
  String out;

  @Option(names = "--format", paramLabel = "json|jsonl",
      description = "json: one pretty-printed file per article (default); jsonl: one line per article")
  OutputFormat format;

  @Option(names = "--reports", paramLabel = "DIR",
      description = "where manifest.jsonl, errors.jsonl and summary.json go (default: beside the "
          + "output; none for --out - unless given)")
  Path reports;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "worker threads sharing one pipeline (default: number of cores)")
  Integer threads;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "time limit per article; a slower article fails and the run goes on (default: 120)")
  Integer timeout;

  @Option(names = {"-f", "--force"}, description = "process every article again, even when its output is current")
  boolean force;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "JSON configuration file (keys as printed by --print-config)")
  Path configFile;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "set one configuration key, e.g. --set maxArticleChars=200000 (repeatable)")
  List<String> settings = new ArrayList<>();

  @Option(names = "--progress", paramLabel = "auto|bar|lines|off",
      description = "progress on stderr: a bar on a terminal, periodic lines otherwise (default: auto)")
  ProgressMode progress;

  @Option(names = "--log-level", paramLabel = "LEVEL",
      description = "level of library logging (CoreNLP): trace, debug, info, warn, error, off (default: warn)")
  String logLevel;

  @Option(names = "--profile",
      description = "print the time spent per stage (read, tokenize, tag, ner, time, dates, "
          + "entities+titles, topics, write) at the end")
  boolean profile;

  @Option(names = "--print-config", description = "print the effective configuration as JSON and exit")
  boolean printConfig;

  @Option(names = "--db", paramLabel = "URL",
      description = "also store each written article in this database: a SQLite file, or "
          + "postgresql://user@host:5432/dbname (see docs/DATABASE.md and the load command)")
  String db;

  /** Open from {@link #call} (before the models load, so a bad URL fails fast) to the end. */
  private Optional<DatabaseSink> database = Optional.empty();

  private final Function<PipelineConfig, ArticlePipeline> pipelineFactory;
  private final InputStream stdin;
  private final OutputStream stdout;
  private final PrintStream stderr;
  private final boolean stderrIsTerminal;

  ExtractCommand() {
    this(PipelineFactory::create, System.in, System.out, System.err, stderrIsTerminal());
  }

  /** For tests: another pipeline (e.g. over a fake annotator) and other standard streams. */
  ExtractCommand(Function<PipelineConfig, ArticlePipeline> pipelineFactory, InputStream stdin,
      OutputStream stdout, PrintStream stderr, boolean stderrIsTerminal) {
    this.pipelineFactory = pipelineFactory;
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  @Override
  public Integer call() throws IOException {
    PipelineConfig config;
    try {
      config = ConfigLoader.load(Optional.ofNullable(configFile), overrides());
    } catch (ConfigException e) {
      return usage(e.getMessage());
    }
    if (printConfig) {
      stdout.write((ConfigLoader.print(config) + "\n").getBytes(StandardCharsets.UTF_8));
      stdout.flush();
      return ExitCodes.OK;
    }
    if (input == null) {
      return usage("missing INPUT: a file, a directory, or - for JSONL on standard input");
    }
    boolean fromStdin = input.equals("-");
    if (!fromStdin && !Files.exists(Path.of(input))) {
      return usage("input not found: " + input);
    }
    // Before anything creates a logger: slf4j-simple reads its level once.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", config.batch().logLevel());
    OutputTarget target;
    try {
      target = OutputTarget.resolve(config.batch().format(), out, Optional.ofNullable(reports));
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    List<RunLock> locks = new ArrayList<>();
    try {
      for (Path dir : target.lockedDirectories()) {
        Optional<RunLock> lock = RunLock.tryAcquire(dir);
        if (lock.isEmpty()) {
          return usage("another extract run is writing to " + dir + "; wait for it to finish or "
              + "choose another --out");
        }
        locks.add(lock.get());
      }
      database = DatabaseSink.open(Optional.ofNullable(db), stderr::println);
      return run(config, target, fromStdin);
    } catch (IllegalArgumentException | SQLException e) {
      return usage("--db " + db + ": " + e.getMessage());
    } finally {
      for (RunLock lock : locks) {
        lock.close();
      }
      database.ifPresent(DatabaseSink::close);
    }
  }

  private int run(PipelineConfig config, OutputTarget target, boolean fromStdin)
      throws IOException {
    ArticleSource source = new ArticleSource(config.batch().maxInputBytes());
    BatchRunner runner = new BatchRunner(() -> pipelineFactory.apply(config),
        PipelineVersion.of(config), config.batch(), force);
    RunSummary summary;
    try (ProgressReporter progress = new ProgressReporter(stderr, progressStyle(config),
            Duration.ofSeconds(config.batch().progressIntervalSeconds()));
        ArticleSink sink = withDatabase(openSink(target));
        RunRecorder recorder = new RunRecorder(target.reportDir(), progress)) {
      if (!fromStdin) {
        countInBackground(Path.of(input), progress);
      }
      Stream<ReadResult> articles =
          fromStdin ? source.readStdin(stdin) : source.read(Path.of(input));
      summary = runner.run(articles, sink, recorder);
    } catch (PipelineLoadException e) {
      return usage(e.getMessage() + "; check annotator.posModel and annotator.nerModel "
          + "(extract --print-config)");
    }
    stderr.println(summary.oneLine() + " -> " + target.description());
    if (profile) {
      ProfilePrinter.print(runner.profile(), summary, stderr);
    }
    boolean stored = database.map(d -> d.finish(stderr::println)).orElse(true);
    if (summary.articlesFailed() > 0) {
      stderr.println("failed articles are listed above"
          + target.reportDir().map(d -> " and in " + d.resolve("errors.jsonl")).orElse(""));
      return ExitCodes.SOME_FAILED;
    }
    return stored ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private ArticleSink withDatabase(ArticleSink sink) {
    return database.isPresent() ? new DatabaseArticleSink(sink, database.get()) : sink;
  }

  private ArticleSink openSink(OutputTarget target) throws IOException {
    return switch (target.kind()) {
      case DIRECTORY -> new JsonArticleWriter(target.path().orElseThrow());
      case JSONL_FILE -> new JsonlFileWriter(target.path().orElseThrow(), force);
      case STDOUT -> new JsonlStreamWriter(stdout, "<stdout>");
    };
  }

  private List<ConfigLoader.Override> overrides() throws ConfigException {
    List<ConfigLoader.Override> list = new ArrayList<>();
    for (String s : settings) {
      list.add(ConfigLoader.Override.parse(s));
    }
    if (threads != null) {
      list.add(ConfigLoader.Override.of("--threads", "batch.threads", threads));
    }
    if (timeout != null) {
      list.add(ConfigLoader.Override.of("--timeout", "batch.articleTimeoutSeconds", timeout));
    }
    if (format != null) {
      list.add(ConfigLoader.Override.of("--format", "batch.format", format));
    }
    if (progress != null) {
      list.add(ConfigLoader.Override.of("--progress", "batch.progress", progress));
    }
    if (logLevel != null) {
      list.add(ConfigLoader.Override.of("--log-level", "batch.logLevel", logLevel));
    }
    return list;
  }

  private ProgressReporter.Style progressStyle(PipelineConfig config) {
    return switch (config.batch().progress()) {
      case auto -> stderrIsTerminal ? ProgressReporter.Style.BAR : ProgressReporter.Style.LINES;
      case bar -> ProgressReporter.Style.BAR;
      case lines -> ProgressReporter.Style.LINES;
      case off -> ProgressReporter.Style.OFF;
    };
  }

  /** Counting JSONL lines reads the drop once more; it runs beside the work, for the ETA only. */
  private static void countInBackground(Path input, ProgressReporter progress) {
    Thread counter = new Thread(() -> progress.setTotal(ArticleSource.estimateCount(input)),
        "count-articles");
    counter.setDaemon(true);
    counter.start();
  }

  private int usage(String message) {
    stderr.println("news-entities extract: " + message);
    stderr.println("Try 'news-entities extract --help'.");
    return ExitCodes.USAGE;
  }

  /** The launcher tells (it can test stderr); without it, a console means a terminal. */
  private static boolean stderrIsTerminal() {
    String told = System.getProperty("news-entities.stderrIsTerminal");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }
}
