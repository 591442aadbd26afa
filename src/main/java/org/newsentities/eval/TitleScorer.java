package org.newsentities.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.newsentities.eval.EvaluationReport.EvaluationError;
import org.newsentities.model.Person;
import org.newsentities.model.Title;

/**
 * Scores (person, title) pairs of one document. The person of a predicted pair must match the
 * gold person as entities match ({@link EntityScorer}); the title matches "strict" when equal
 * up to case and spacing, "lenient" when the words of one occur in the other. On the lenient
 * matches it counts whether the organization and the {@code former} flag are right, and it counts
 * found pairs separately for explicit and implicit (anaphoric) gold pairs. Errors list the pairs
 * missed (FN) and spurious (FP) even leniently, and as SPAN the lenient matches that strict misses.
 */
final class TitleScorer {

  static final String STRICT = "titles strict";
  static final String LENIENT = "titles lenient";
  static final String MATCHED = "title pairs matched (lenient)";
  static final String ORG_RIGHT = "title organization right";
  static final String FORMER_RIGHT = "title former right";
  static final String EXPLICIT = "gold title pairs explicit";
  static final String IMPLICIT = "gold title pairs implicit";

  /** A predicted pair: the index of its person and one of their titles. */
  private record Pair(int person, Title title) {}

  private TitleScorer() {}

  static Scored score(String document, String text, DocGold gold, List<Person> people) {
    List<DocGold.TitlePair> goldPairs = gold.titles();
    List<Pair> predicted = pairs(people);
    List<Set<String>> personKeys =
        people.stream().map(p -> EntityScorer.keys(EntityScorer.Predicted.of(p))).toList();
    List<Set<String>> goldPersonKeys = goldPairs.stream().map(t -> personKeys(gold, t)).toList();
    BiPredicate<Integer, Integer> samePerson = (g, p) ->
        EntityScorer.intersects(goldPersonKeys.get(g), personKeys.get(predicted.get(p).person()));
    int[] strict = OneToOne.match(goldPairs.size(), predicted.size(), (g, p) ->
        samePerson.test(g, p) && ScoringNames.phrase(goldPairs.get(g).title())
            .equals(ScoringNames.phrase(predicted.get(p).title().title())));
    int[] lenient = OneToOne.match(goldPairs.size(), predicted.size(), (g, p) ->
        samePerson.test(g, p) && ScoringNames.oneContainsTheOther(goldPairs.get(g).title(),
            predicted.get(p).title().title()));

    Map<String, Prf> rows = new LinkedHashMap<>();
    rows.put(STRICT, prf(strict, goldPairs.size(), predicted.size()));
    rows.put(LENIENT, prf(lenient, goldPairs.size(), predicted.size()));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String name : List.of(MATCHED, ORG_RIGHT, FORMER_RIGHT, EXPLICIT, IMPLICIT)) {
      counts.put(name, 0);
    }
    for (int g = 0; g < goldPairs.size(); g++) {
      DocGold.TitlePair t = goldPairs.get(g);
      String kind = t.explicit() ? "explicit" : "implicit";
      counts.merge(t.explicit() ? EXPLICIT : IMPLICIT, 1, Integer::sum);
      counts.merge(kind + " found strict", strict[g] >= 0 ? 1 : 0, Integer::sum);
      counts.merge(kind + " found lenient", lenient[g] >= 0 ? 1 : 0, Integer::sum);
      if (lenient[g] >= 0) {
        Title found = predicted.get(lenient[g]).title();
        counts.merge(MATCHED, 1, Integer::sum);
        counts.merge(ORG_RIGHT, organizationRight(gold, t, found) ? 1 : 0, Integer::sum);
        counts.merge(FORMER_RIGHT, t.former() == found.former() ? 1 : 0, Integer::sum);
      }
    }
    return new Scored(rows, counts,
        errors(document, text, goldPairs, predicted, people, strict, lenient));
  }

  /** Every (person, title) once: repeated occurrences of one title keep the one with an org. */
  private static List<Pair> pairs(List<Person> people) {
    Map<String, Pair> byKey = new LinkedHashMap<>();
    for (int i = 0; i < people.size(); i++) {
      for (Title t : people.get(i).titles()) {
        Pair pair = new Pair(i, t);
        byKey.merge(i + "\t" + ScoringNames.phrase(t.title()), pair,
            (old, neu) -> old.title().organization().isEmpty()
                && neu.title().organization().isPresent() ? neu : old);
      }
    }
    return new ArrayList<>(byKey.values());
  }

  /** The gold person's name and mentions, when the persons list has them; else the name. */
  private static Set<String> personKeys(DocGold gold, DocGold.TitlePair pair) {
    String key = ScoringNames.key(pair.person());
    for (DocGold.Entity person : gold.persons()) {
      Set<String> keys = EntityScorer.keys(person);
      if (keys.contains(key)) {
        return keys;
      }
    }
    return Set.of(key);
  }

  /**
   * Both without organization, or the predicted one equal (as a name) to the gold organization
   * or to any mention of the gold organization or location it names.
   */
  static boolean organizationRight(DocGold gold, DocGold.TitlePair pair, Title found) {
    if (pair.org().isEmpty() || found.organization().isEmpty()) {
      return pair.org().isEmpty() && found.organization().isEmpty();
    }
    String goldKey = ScoringNames.key(pair.org().get());
    Set<String> accepted = new HashSet<>(Set.of(goldKey));
    for (DocGold.Entity e : concat(gold.organizations(), gold.locations())) {
      Set<String> keys = EntityScorer.keys(e);
      if (keys.contains(goldKey)) {
        accepted.addAll(keys);
      }
    }
    return accepted.contains(ScoringNames.key(found.organization().get()));
  }

  private static List<EvaluationError> errors(String document, String text,
      List<DocGold.TitlePair> gold, List<Pair> predicted, List<Person> people, int[] strict,
      int[] lenient) {
    List<EvaluationError> errors = new ArrayList<>();
    boolean[] used = new boolean[predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      if (lenient[g] >= 0) {
        used[lenient[g]] = true;
        if (strict[g] < 0) {
          // right person, overlapping title, other words: counts against strict only
          Title found = predicted.get(lenient[g]).title();
          DocGold.TitlePair t = gold.get(g);
          errors.add(new EvaluationError("SPAN", "TITLE", document,
              t.person() + " | " + t.title() + " | found: " + found.title(),
              Contexts.around(text, found.start(), found.end())));
        }
      } else {
        DocGold.TitlePair t = gold.get(g);
        errors.add(new EvaluationError("FN", "TITLE", document, t.person() + " | " + t.title(),
            (t.explicit() ? "explicit: " : "implicit: ") + t.evidence()));
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      if (!used[p]) {
        Pair pair = predicted.get(p);
        errors.add(new EvaluationError("FP", "TITLE", document,
            people.get(pair.person()).name() + " | " + pair.title().title(),
            Contexts.around(text, pair.title().start(), pair.title().end())));
      }
    }
    return errors;
  }

  private static Prf prf(int[] matching, int gold, int predicted) {
    int tp = OneToOne.size(matching);
    return new Prf(tp, predicted - tp, gold - tp);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
