package org.newsentities.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsentities.eval.ConllReader.ConllDocument;
import org.newsentities.ingest.Hashing;
import org.newsentities.ingest.InputOrigin;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.pipeline.ArticlePipeline;
import org.newsentities.pipeline.ProcessedArticle;

/**
 * Evaluates on CoNLL-2003 files: each document's text is rebuilt ({@link ConllText}), run through
 * the whole pipeline on one thread, and the mentions of the output JSON are scored against the
 * gold entities ({@link ConllScorer}). What is scored is what a user gets: if grouping or title
 * resolution changes a mention's span, the changed span is scored.
 */
public final class ConllEvaluation implements Evaluation {

  @Override
  public EvaluationReport evaluate(EvaluationRequest request) throws IOException {
    if (request.predictions().isPresent()) {
      throw new IllegalArgumentException(
          "--pred is not supported for conll: the texts are rebuilt from the tokens and scored by"
              + " running the pipeline");
    }
    ConllReader reader = new ConllReader();
    Tally tally = new Tally();
    List<String> notes = new ArrayList<>();
    PipelineClock clock = new PipelineClock();
    int documents = 0;
    int tokens = 0;
    for (Path file : files(request.gold())) {
      String name = file.getFileName().toString();
      for (ConllDocument document : reader.read(file)) {
        ConllText text = ConllText.of(document);
        String id = name + "#" + document.number();
        ArticlePipeline pipeline = clock.load(request.pipeline());
        List<ConllScorer.Predicted> predicted;
        try {
          ProcessedArticle processed = clock.time(() -> pipeline.process(article(id, text)));
          predicted = ConllScorer.mentions(processed.document());
        } catch (RuntimeException e) {
          notes.add(id + ": the pipeline failed (" + e.getMessage() + "), scored as no entities");
          predicted = List.of();
        }
        tally.add(ConllScorer.score(id, text, predicted));
        documents++;
        tokens += text.tokens();
      }
    }
    return report(request, tally, documents, tokens, notes, clock);
  }

  /** A file, or the files directly inside a directory (hidden files and READMEs left out). */
  private static List<Path> files(Path gold) throws IOException {
    if (!Files.isDirectory(gold)) {
      return List.of(gold);
    }
    try (Stream<Path> files = Files.list(gold)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> !f.getFileName().toString().toLowerCase().startsWith("readme"))
          .sorted()
          .toList();
    }
  }

  private static SourceArticle article(String id, ConllText text) {
    return new SourceArticle(id, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), DocumentDateSource.NONE, Optional.empty(), text.text(),
        InputOrigin.file(id), Hashing.sha256(text.text().getBytes(StandardCharsets.UTF_8)),
        List.of());
  }

  private static EvaluationReport report(EvaluationRequest request, Tally tally, int documents,
      int tokens, List<String> notes, PipelineClock clock) {
    Map<String, Prf> rows = new LinkedHashMap<>();
    Prf micro = Prf.ZERO;
    for (String type : ConllScorer.TYPES) {
      rows.put(type, tally.row(type));
      micro = micro.plus(tally.row(type));
    }
    rows.put("micro (PER+ORG+LOC)", micro);
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("documents", (double) documents);
    figures.put("gold tokens", (double) tokens);
    figures.put(ConllScorer.GOLD_MISC, (double) tally.count(ConllScorer.GOLD_MISC));
    figures.put(ConllScorer.OFF_BOUNDARY, (double) tally.count(ConllScorer.OFF_BOUNDARY));
    clock.addFigures(figures);
    String name = "conll: " + request.gold() + " (" + documents + " documents; "
        + request.configuration() + ")";
    return new EvaluationReport(name, rows, figures,
        request.withErrors() ? tally.errors() : List.of(), notes);
  }
}
