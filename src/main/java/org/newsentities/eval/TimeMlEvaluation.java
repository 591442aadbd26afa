package org.newsentities.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsentities.ingest.Hashing;
import org.newsentities.ingest.InputOrigin;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DateExpr;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.output.Json;
import org.newsentities.output.JsonArticleWriter;
import org.newsentities.pipeline.ArticlePipeline;

/**
 * {@code evaluate --format timeml}: runs the pipeline on the text of each {@code .tml} file with its
 * DCT as the metadata date (or reads {@code <pred>/<id>.json}), and scores the dates against the
 * TIMEX3 annotations with {@link TimeMlScorer}. A document that cannot be processed counts all its
 * gold expressions as missed and is named in the report.
 */
public final class TimeMlEvaluation implements Evaluation {

  @Override
  public EvaluationReport evaluate(EvaluationRequest request) throws IOException {
    List<Path> files = TimeMlReader.files(request.gold());
    if (files.isEmpty()) {
      throw new IOException("no .tml files in " + request.gold());
    }
    TimeMlScore total = TimeMlScore.EMPTY;
    List<EvaluationReport.EvaluationError> failures = new ArrayList<>();
    int gold = 0;
    for (Path file : files) {
      TimeMlDocument doc = TimeMlReader.read(file);
      gold += doc.timexes().size();
      List<DateExpr> predicted;
      try {
        predicted = predict(doc, request);
      } catch (IOException | RuntimeException e) {
        failures.add(new EvaluationReport.EvaluationError("FAILED", "-", doc.id(), "",
            e.getMessage()));
        predicted = List.of();
      }
      total = total.plus(TimeMlScorer.score(doc, TimeMlRanges.split(predicted),
          request.withErrors()));
    }
    return report(request, files.size(), gold, total, failures);
  }

  private static List<DateExpr> predict(TimeMlDocument doc, EvaluationRequest request)
      throws IOException {
    if (request.predictions().isPresent()) {
      Path file = request.predictions().get()
          .resolve(JsonArticleWriter.fileNameFor(doc.id()) + ".json");
      if (!Files.isRegularFile(file)) {
        throw new IOException("no prediction " + file);
      }
      ArticleDocument predicted = Json.mapper().readValue(file.toFile(), ArticleDocument.class);
      if (!predicted.text().equals(doc.text())) {
        throw new IOException(file + ": its text differs from the TimeML text, offsets cannot match");
      }
      return predicted.dates();
    }
    ArticlePipeline pipeline = request.pipeline().get();
    return pipeline.process(article(doc)).document().dates();
  }

  /** The TimeML text as an article whose metadata date is the DCT. */
  static SourceArticle article(TimeMlDocument doc) {
    Optional<LocalDate> dct = Optional.of(doc.creationDate());
    return new SourceArticle(doc.id(), Optional.empty(), Optional.empty(), Optional.empty(), dct,
        DocumentDateSource.METADATA, Optional.empty(), doc.text(),
        InputOrigin.file(doc.id() + ".tml"),
        Hashing.sha256(doc.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)), List.of());
  }

  private static EvaluationReport report(EvaluationRequest request, int documents, int gold,
      TimeMlScore s, List<EvaluationReport.EvaluationError> failures) {
    Map<String, Prf> rows = new LinkedHashMap<>();
    rows.put("span strict", s.strict());
    rows.put("span relaxed", s.relaxed());
    rows.put("type", s.type());
    rows.put("value", s.value());
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("type accuracy (matched)", s.typeAccuracy());
    figures.put("value accuracy (matched)", s.valueAccuracy());
    figures.put("documents", (double) documents);
    figures.put("documents failed", (double) failures.size());
    List<EvaluationReport.EvaluationError> errors = new ArrayList<>(failures);
    errors.addAll(s.errors());
    String name = String.format("timeml: %s (%d documents, %d TIMEX3; %s)", request.gold(),
        documents, gold, request.predictions().map(p -> "predictions from " + p)
            .orElse("pipeline run on the TEXT with the DCT as document date"));
    return new EvaluationReport(name, rows, figures, errors);
  }
}
