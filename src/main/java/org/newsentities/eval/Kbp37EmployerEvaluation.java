package org.newsentities.eval;

import static org.newsentities.eval.Kbp37Runner.ratio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsentities.eval.EvaluationReport.EvaluationError;
import org.newsentities.eval.Kbp37Reader.Example;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;
import org.newsentities.model.Title;

/**
 * Organization attribution on unseen sentences: the person–employer examples of KBP37 (train.txt,
 * {@code per:employee_of}, {@code org:top_members/employees}). Each sentence runs alone through the
 * pipeline; where the labelled person gets a title, the title's organization is compared with the
 * labelled one (the best of the person's titles counts): <b>exact</b> (same name, {@link
 * ScoringNames#key}), <b>lenient</b> ({@link EmployerMatch}: one name inside the other, an acronym,
 * or an output organization or place that has a mention on the labelled span), <b>in the
 * title</b> (KBP labels the portfolio: "Interior" in "Interior Minister X", "State" in "Secretary of
 * State X"; the title keeps it, so the organization is not scored), <b>empty</b>, or
 * <b>other</b>. KBP labels one relation per sentence, and a person may hold a title of another
 * body too ("a former Senator who now heads X"), so "other" is an upper bound on errors. Same split
 * as {@link Kbp37TitleEvaluation}: even = develop, odd = check; {@code --errors} lists develop only.
 */
public final class Kbp37EmployerEvaluation implements Evaluation {

  private enum Outcome { EXACT, LENIENT, IN_TITLE, EMPTY, OTHER }

  @Override
  public EvaluationReport evaluate(EvaluationRequest request) throws IOException {
    Kbp37Runner runner = new Kbp37Runner(request);
    List<Example> examples = runner.examples(Kbp37Reader.employers(), "kbp37-orgs",
        "organization", "employee_of/top_members");
    Map<String, int[]> counts = new LinkedHashMap<>();
    counts.put("develop", new int[8]);
    counts.put("check", new int[8]);
    List<EvaluationError> errors = new ArrayList<>();
    for (Example example : examples) {
      // examples, person found, person with a title, exact, lenient, in title, empty, other
      int[] c = counts.get(example.develop() ? "develop" : "check");
      String id = example.id();
      Optional<ArticleDocument> output = runner.run(example, "not scored");
      c[0]++;
      if (output.isEmpty()) {
        continue;
      }
      ArticleDocument document = output.get();
      List<Person> people = example.labelledPeople(document);
      List<Title> titles = people.stream().flatMap(p -> p.titles().stream()).toList();
      c[1] += people.isEmpty() ? 0 : 1;
      if (titles.isEmpty()) {
        continue;
      }
      c[2]++;
      List<String> linked = linkedNames(document, example);
      Outcome outcome = titles.stream().map(t -> outcome(t, example, linked))
          .min(Enum::compareTo).orElseThrow();
      c[3 + outcome.ordinal()]++;
      if (request.withErrors() && example.develop() && outcome != Outcome.EXACT) {
        errors.add(new EvaluationError(outcome.name(), "organization", id,
            example.person() + " / " + example.label(),
            example.sentence() + "  ||  " + describe(titles)));
      }
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      String p = e.getKey();
      figures.put(p + " examples", (double) c[0]);
      figures.put(p + " person output", (double) c[1]);
      figures.put(p + " person with a title (scored)", (double) c[2]);
      figures.put(p + " organization accuracy exact", ratio(c[3], c[2]));
      figures.put(p + " organization accuracy lenient", ratio(c[3] + c[4], c[2]));
      figures.put(p + " labelled organization inside the title (share)", ratio(c[5], c[2]));
      figures.put(p + " organization empty (share)", ratio(c[6], c[2]));
      figures.put(p + " organization other (share)", ratio(c[7], c[2]));
    }
    runner.addTiming(figures);
    String name = "kbp37-orgs: " + request.gold() + " (" + examples.size()
        + " employee_of/top_members examples; even = develop, odd = check; "
        + request.configuration() + ")";
    return new EvaluationReport(name, Map.of(), figures, errors, runner.notes());
  }

  private static Outcome outcome(Title t, Example example, List<String> linked) {
    if (t.organization().isEmpty()) {
      boolean inTitle = t.start() <= example.labelStart() && example.labelEnd() <= t.end();
      return inTitle ? Outcome.IN_TITLE : Outcome.EMPTY;
    }
    String org = t.organization().get();
    if (ScoringNames.key(org).equals(ScoringNames.key(example.label()))) {
      return Outcome.EXACT;
    }
    if (t.start() <= example.labelStart() && example.labelEnd() <= t.end()) {
      return Outcome.IN_TITLE; // "Interior" labelled in "Interior Minister": KBP's portfolio
    }
    boolean alias = linked.stream().anyMatch(n -> ScoringNames.key(n).equals(ScoringNames.key(org)));
    return alias || EmployerMatch.lenient(org, example.label()) ? Outcome.LENIENT
        : Outcome.OTHER;
  }

  /** Names of the output organizations and places that have a mention on the labelled span. */
  private static List<String> linkedNames(ArticleDocument document, Example example) {
    return Stream.concat(document.organizations().stream(), document.locations().stream())
        .filter(e -> e.mentions().stream().anyMatch(
            m -> m.start() < example.labelEnd() && example.labelStart() < m.end()))
        .map(NamedEntity::name)
        .toList();
  }

  private static String describe(List<Title> titles) {
    return titles.stream()
        .map(t -> t.title() + " @ " + t.organization().orElse("-"))
        .collect(Collectors.joining("; ", "[", "]"));
  }
}
