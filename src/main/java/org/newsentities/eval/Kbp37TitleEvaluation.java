package org.newsentities.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsentities.eval.EvaluationReport.EvaluationError;
import org.newsentities.eval.Kbp37Reader.Example;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.Person;
import org.newsentities.model.Title;
import org.newsentities.pipeline.ArticlePipeline;

/**
 * A recall harness for titles on the {@code per:title} examples of KBP37 (train.txt): each
 * sentence is run alone through the whole pipeline, and the labelled person (any output person
 * with a mention overlapping the labelled span) should have a title equal to the labelled string
 * (strict) or containing it or contained in it (lenient). KBP labels one pair per sentence, so this
 * measures recall only; the number of titles output is reported beside it as a rough check on
 * over-generation. Examples are split by a fixed rule (even number = develop, odd = check); with
 * {@code --errors} only develop misses are listed, so the check part stays unseen.
 */
public final class Kbp37TitleEvaluation implements Evaluation {

  @Override
  public EvaluationReport evaluate(EvaluationRequest request) throws IOException {
    if (request.predictions().isPresent()) {
      throw new IllegalArgumentException("--pred is not supported for kbp37-titles");
    }
    Kbp37Reader.refuseHeldOut(request.gold(), "title");
    List<Example> examples = Kbp37Reader.titles().read(request.gold());
    if (examples.isEmpty()) {
      throw new IllegalArgumentException(request.gold() + ": no per:title examples");
    }
    PipelineClock clock = new PipelineClock();
    Map<String, int[]> counts = new LinkedHashMap<>();
    counts.put("develop", new int[5]);
    counts.put("check", new int[5]);
    List<EvaluationError> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Example example : examples) {
      String part = example.develop() ? "develop" : "check";
      // examples, person found, lenient, strict, titles output
      int[] c = counts.get(part);
      ArticlePipeline pipeline = clock.load(request.pipeline());
      String id = example.id();
      ArticleDocument document;
      try {
        document = clock.time(() -> pipeline.process(example.article())).document();
      } catch (RuntimeException e) {
        notes.add(id + ": the pipeline failed (" + e.getMessage() + "), scored as a miss");
        c[0]++;
        continue;
      }
      List<Person> people = example.labelledPeople(document);
      List<Title> titles = people.stream().flatMap(p -> p.titles().stream()).toList();
      boolean strict = titles.stream().anyMatch(t ->
          ScoringNames.phrase(t.title()).equals(ScoringNames.phrase(example.label())));
      boolean lenient = titles.stream().anyMatch(t ->
          ScoringNames.oneContainsTheOther(t.title(), example.label()));
      c[0]++;
      c[1] += people.isEmpty() ? 0 : 1;
      c[2] += lenient ? 1 : 0;
      c[3] += strict ? 1 : 0;
      c[4] += document.people().stream().mapToInt(p -> p.titles().size()).sum();
      if (request.withErrors() && example.develop() && !strict) {
        errors.add(new EvaluationError(lenient ? "LENIENT" : "FN", "title", id,
            example.person() + " / " + example.label(),
            example.sentence() + "  ||  " + describe(document)));
      }
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      String p = e.getKey();
      figures.put(p + " examples", (double) c[0]);
      figures.put(p + " person recall (labelled person output)", ratio(c[1], c[0]));
      figures.put(p + " recall lenient", ratio(c[2], c[0]));
      figures.put(p + " recall strict", ratio(c[3], c[0]));
      figures.put(p + " titles output", (double) c[4]);
    }
    clock.addFigures(figures);
    String name = "kbp37-titles: " + request.gold() + " (" + examples.size()
        + " per:title examples; even = develop, odd = check; " + request.configuration() + ")";
    return new EvaluationReport(name, Map.of(), figures, errors, notes);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : Math.round(1000.0 * a / b) / 1000.0;
  }

  /** What the pipeline made of the sentence: each person with their titles. */
  private static String describe(ArticleDocument document) {
    return document.people().stream()
        .map(p -> p.name() + p.titles().stream().map(Title::title)
            .collect(Collectors.joining("; ", "[", "]")))
        .collect(Collectors.joining(" "));
  }
}
