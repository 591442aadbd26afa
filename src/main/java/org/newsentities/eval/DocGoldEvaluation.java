package org.newsentities.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.ArticleDocument;
import org.newsentities.output.Json;
import org.newsentities.pipeline.ArticlePipeline;
import org.newsentities.pipeline.ProcessedArticle;

/**
 * Evaluates against docgold files: for each, the output document comes from {@code --pred}
 * ({@code <id>.json}) or from running the pipeline on the article ({@link ArticleLocator}).
 * A gold file that cannot be read, or whose article cannot be found, is left out with a note; a
 * missing prediction or a failing article is scored as an empty document, since that is what a
 * user would get.
 */
public final class DocGoldEvaluation implements Evaluation {

  private static final List<String> ENTITY_ROWS =
      List.of(DocGoldScorer.PERSON, DocGoldScorer.ORGANIZATION, DocGoldScorer.LOCATION);

  @Override
  public EvaluationReport evaluate(EvaluationRequest request) throws IOException {
    DocGoldReader reader = new DocGoldReader();
    ArticleLocator locator = new ArticleLocator(request.articles());
    Tally tally = new Tally();
    List<String> notes = new ArrayList<>();
    int documents = 0;
    int withDates = 0;
    PipelineClock clock = new PipelineClock();
    for (Path file : reader.goldFiles(request.gold())) {
      DocGoldReader.Result result = reader.read(file);
      if (result instanceof DocGoldReader.Unreadable bad) {
        notes.add(bad.file() + ": skipped, " + bad.reason());
        continue;
      }
      DocGold gold = ((DocGoldReader.Read) result).gold();
      Optional<ArticleDocument> predicted = request.predictions().isPresent()
          ? readPrediction(request.predictions().get(), gold.id(), notes)
          : runPipeline(request, locator, gold.id(), file, notes, clock);
      if (predicted.isEmpty()) {
        continue;
      }
      documents++;
      withDates += gold.dates().isPresent() ? 1 : 0;
      DocGoldScorer.score(gold, predicted.get()).forEach(tally::add);
    }
    return report(request, tally, documents, withDates, notes, clock);
  }

  private static Optional<ArticleDocument> readPrediction(Path dir, String id, List<String> notes) {
    Path file = dir.resolve(id + ".json");
    if (!Files.isRegularFile(file)) {
      notes.add(id + ": no prediction " + file + ", scored as an empty document");
      return Optional.of(empty(id, ""));
    }
    try {
      return Optional.of(Json.mapper().readValue(file.toFile(), ArticleDocument.class));
    } catch (IOException e) {
      notes.add(id + ": unreadable prediction " + file + " (" + e.getMessage()
          + "), scored as an empty document");
      return Optional.of(empty(id, ""));
    }
  }

  private static Optional<ArticleDocument> runPipeline(EvaluationRequest request,
      ArticleLocator locator, String id, Path goldFile, List<String> notes, PipelineClock clock) {
    ArticleLocator.Located located = locator.find(id, goldFile);
    if (located.article().isEmpty()) {
      notes.add(goldFile + ": skipped, " + located.problem());
      return Optional.empty();
    }
    SourceArticle article = located.article().get();
    ArticlePipeline pipeline = clock.load(request.pipeline());
    try {
      ProcessedArticle processed = clock.time(() -> pipeline.process(article));
      return Optional.of(processed.document());
    } catch (RuntimeException e) {
      notes.add(id + ": the pipeline failed (" + e.getMessage() + "), scored as an empty document");
      return Optional.of(empty(id, article.text()));
    }
  }

  private static ArticleDocument empty(String id, String text) {
    return new ArticleDocument(ArticleDocument.SCHEMA_VERSION, id, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(),
        org.newsentities.model.DocumentDateSource.NONE, Optional.empty(), text, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static EvaluationReport report(EvaluationRequest request, Tally tally, int documents,
      int withDates, List<String> notes, PipelineClock clock) {
    Map<String, Prf> rows = new LinkedHashMap<>();
    Prf micro = Prf.ZERO;
    for (String label : ENTITY_ROWS) {
      rows.put(label, tally.row(label));
      micro = micro.plus(tally.row(label));
    }
    rows.put("entities (micro)", micro);
    rows.put(TitleScorer.STRICT, tally.row(TitleScorer.STRICT));
    rows.put(TitleScorer.LENIENT, tally.row(TitleScorer.LENIENT));
    if (withDates > 0) {
      rows.put(DateScorer.ALL, tally.row(DateScorer.ALL));
      for (String type : DateScorer.TYPES) {
        Prf p = tally.row(DateScorer.typeRow(type));
        if (p.tp() + p.fp() + p.fn() > 0) {
          rows.put(DateScorer.typeRow(type), p);
        }
      }
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("documents", (double) documents);
    int matched = tally.count(TitleScorer.MATCHED);
    putRatio(figures, "title organization accuracy", tally.count(TitleScorer.ORG_RIGHT), matched);
    putRatio(figures, "title former accuracy", tally.count(TitleScorer.FORMER_RIGHT), matched);
    for (String kind : List.of("explicit", "implicit")) {
      int n = tally.count("gold title pairs " + kind);
      figures.put("gold title pairs " + kind, (double) n);
      putRatio(figures, "title recall " + kind + " strict", tally.count(kind + " found strict"), n);
      putRatio(figures, "title recall " + kind + " lenient", tally.count(kind + " found lenient"), n);
    }
    figures.put("documents with dates", (double) withDates);
    if (withDates > 0) {
      putRatio(figures, "date type accuracy", tally.count(DateScorer.TYPE_RIGHT),
          tally.count(DateScorer.MATCHED));
      figures.put(DateScorer.WITHOUT_VALUE, (double) tally.count(DateScorer.WITHOUT_VALUE));
    }
    clock.addFigures(figures);
    String source = request.predictions().map(p -> "predictions in " + p)
        .orElse("pipeline run; " + request.configuration());
    String name = "docgold: " + request.gold() + " (" + documents + " documents, " + source + ")";
    return new EvaluationReport(name, rows, figures,
        request.withErrors() ? tally.errors() : List.of(), notes);
  }

  /** A ratio over nothing is left out rather than shown as 0. */
  private static void putRatio(Map<String, Double> figures, String name, int part, int whole) {
    if (whole > 0) {
      figures.put(name, (double) part / whole);
    }
  }
}
