package org.newsentities.eval;

import static org.newsentities.eval.Kbp37Runner.ratio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsentities.eval.EvaluationReport.EvaluationError;
import org.newsentities.eval.Kbp37Reader.Example;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.Person;
import org.newsentities.model.Title;

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
    Kbp37Runner runner = new Kbp37Runner(request);
    List<Example> examples =
        runner.examples(Kbp37Reader.titles(), "kbp37-titles", "title", "per:title");
    Map<String, int[]> counts = new LinkedHashMap<>();
    counts.put("develop", new int[5]);
    counts.put("check", new int[5]);
    List<EvaluationError> errors = new ArrayList<>();
    for (Example example : examples) {
      String part = example.develop() ? "develop" : "check";
      // examples, person found, lenient, strict, titles output
      int[] c = counts.get(part);
      String id = example.id();
      Optional<ArticleDocument> output = runner.run(example, "scored as a miss");
      c[0]++;
      if (output.isEmpty()) {
        continue;
      }
      ArticleDocument document = output.get();
      List<Person> people = example.labelledPeople(document);
      List<Title> titles = people.stream().flatMap(p -> p.titles().stream()).toList();
      boolean strict = titles.stream().anyMatch(t ->
          ScoringNames.phrase(t.title()).equals(ScoringNames.phrase(example.label())));
      boolean lenient = titles.stream().anyMatch(t ->
          ScoringNames.oneContainsTheOther(t.title(), example.label()));
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
    runner.addTiming(figures);
    String name = "kbp37-titles: " + request.gold() + " (" + examples.size()
        + " per:title examples; even = develop, odd = check; " + request.configuration() + ")";
    return new EvaluationReport(name, Map.of(), figures, errors, runner.notes());
  }

  /** What the pipeline made of the sentence: each person with their titles. */
  private static String describe(ArticleDocument document) {
    return document.people().stream()
        .map(p -> p.name() + p.titles().stream().map(Title::title)
            .collect(Collectors.joining("; ", "[", "]")))
        .collect(Collectors.joining(" "));
  }
}
