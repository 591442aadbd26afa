package org.newsentities.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsentities.config.DateNormalization;
import org.newsentities.config.AnnotatorConfig;
import org.newsentities.config.PipelineConfig;
import org.newsentities.eval.ConllEvaluation;
import org.newsentities.eval.DocGoldEvaluation;
import org.newsentities.eval.Evaluation;
import org.newsentities.eval.EvaluationReport;
import org.newsentities.eval.EvaluationRequest;
import org.newsentities.eval.Kbp37EmployerEvaluation;
import org.newsentities.eval.Kbp37TitleEvaluation;
import org.newsentities.eval.ReportPrinter;
import org.newsentities.eval.TimeMlEvaluation;
import org.newsentities.output.Json;
import org.newsentities.pipeline.ArticlePipeline;
import org.newsentities.pipeline.PipelineFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate --gold <dir-or-file> [--format docgold|conll|timeml]}: scores the pipeline. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score the pipeline against annotated data and print precision/recall/F1.",
      "Formats: docgold (our document-level JSON), conll (CoNLL-2003 IOB), timeml (.tml TIMEX3),",
      "kbp37-titles (title recall on KBP37 per:title examples, docs/TITLES.md),",
      "kbp37-orgs (title organizations on KBP37 employee_of/top_members examples)."
    })
final class EvaluateCommand implements Callable<Integer> {

  /** The gold formats. */
  enum Format { docgold, conll, timeml, kbp37_titles, kbp37_orgs }

  @Option(names = "--gold", required = true, paramLabel = "PATH",
      description = "gold file or directory (docgold, conll: the files directly inside it;"
          + " subfolders such as dev/ and test/ are separate sets)")
  Path gold;

  @Option(names = "--format", paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "docgold, conll, timeml, kbp37-titles or kbp37-orgs (default: guessed from the files)")
  Format format;

  @Option(names = "--articles", paramLabel = "DIR",
      description = "docgold: where the articles are, any input format (default: <id>.txt,"
          + " .json or .jsonl in the gold directory's parent or the nearest ancestor that has"
          + " it, passing over folders named gold)")
  Path articles;

  @Option(names = "--pred", paramLabel = "DIR",
      description = "docgold: score the <id>.json files of this output directory instead of"
          + " running the pipeline")
  Path pred;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
  Path json;

  @Option(names = "--errors", description = "list false positives and negatives with context")
  boolean errors;

  @Option(names = "--dates", paramLabel = "MODE", defaultValue = "pipeline",
      converter = DateModeConverter.class,
      description = "date normalization: pipeline (default) or sutime (SUTime alone, for comparison)")
  DateNormalization dates;
  @Option(names = "--ner-model", paramLabel = "MODEL",
      description = {"NER model of the pipeline run: a CRF model (classpath or file), or "
          + AnnotatorConfig.CORENLP_DEFAULT_NER + " for CoreNLP's default ner, to compare"
          + " (default: ours, " + AnnotatorConfig.DEFAULT_NER_MODEL + "; see docs/ACCURACY.md)"})
  String nerModel;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    if (!Files.exists(gold)) {
      err.println("news-entities: gold not found: " + gold);
      return ExitCodes.USAGE;
    }
    Format f = format != null ? format : guess(gold);
    PipelineConfig defaults = PipelineConfig.defaults().withDates(dates);
    PipelineConfig config = nerModel == null ? defaults
        : defaults.withAnnotator(defaults.annotator().withNerModel(nerModel));
    Supplier<ArticlePipeline> pipeline = memoized(() -> PipelineFactory.create(config));
    EvaluationRequest request = new EvaluationRequest(gold, Optional.ofNullable(articles),
        Optional.ofNullable(pred), pipeline, errors,
        "ner " + config.annotator().nerModel() + ", dates " + config.dates());
    Evaluation evaluation = switch (f) {
      case docgold -> new DocGoldEvaluation();
      case conll -> new ConllEvaluation();
      case timeml -> new TimeMlEvaluation();
      case kbp37_titles -> new Kbp37TitleEvaluation();
      case kbp37_orgs -> new Kbp37EmployerEvaluation();
    };
    EvaluationReport report;
    try {
      report = evaluation.evaluate(request);
    } catch (IllegalArgumentException e) {
      err.println("news-entities: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ReportPrinter.print(report, System.out, errors);
    if (json != null) {
      Json.pretty().writeValue(json.toFile(), report);
    }
    return ExitCodes.OK;
  }

  static Format guess(Path gold) throws java.io.IOException {
    String name = gold.getFileName().toString();
    if (name.endsWith(".tml")) {
      return Format.timeml;
    }
    if (Files.isDirectory(gold)) {
      try (var files = Files.walk(gold)) {
        if (files.anyMatch(p -> p.toString().endsWith(".tml"))) {
          return Format.timeml;
        }
      }
      return Format.docgold;
    }
    return name.endsWith(".json") ? Format.docgold : Format.conll;
  }

  /** Lower-case option values for {@link DateNormalization}. */
  static final class DateModeConverter implements picocli.CommandLine.ITypeConverter<DateNormalization> {
    @Override
    public DateNormalization convert(String value) {
      return DateNormalization.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** Format names as typed: "kbp37-titles" for the constant kbp37_titles. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.valueOf(value.replace('-', '_'));
    }
  }

  private static <T> Supplier<T> memoized(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}
