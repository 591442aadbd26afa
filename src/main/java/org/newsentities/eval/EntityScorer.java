package org.newsentities.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsentities.eval.EvaluationReport.EvaluationError;
import org.newsentities.model.Mention;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;

/**
 * Scores the entities of one type in one document. A predicted entity matches a gold entity when
 * its name or any of its mention strings equals the gold name or one of the gold mentions, after
 * {@link ScoringNames#key}; pairs are one-to-one, so a person split in two by the pipeline
 * scores one true positive and one false positive.
 */
final class EntityScorer {

  /** A predicted entity: its name and mentions, from the output model. */
  record Predicted(String name, List<Mention> mentions) {
    static Predicted of(Person p) {
      return new Predicted(p.name(), p.mentions());
    }

    static Predicted of(NamedEntity e) {
      return new Predicted(e.name(), e.mentions());
    }
  }

  private EntityScorer() {}

  static Scored score(String label, String document, String text, List<DocGold.Entity> gold,
      List<Predicted> predicted) {
    List<Set<String>> goldKeys = gold.stream().map(EntityScorer::keys).toList();
    List<Set<String>> predKeys = predicted.stream().map(EntityScorer::keys).toList();
    int[] match = OneToOne.match(gold.size(), predicted.size(),
        (g, p) -> intersects(goldKeys.get(g), predKeys.get(p)));
    int tp = OneToOne.size(match);
    List<EvaluationError> errors = new ArrayList<>();
    boolean[] used = new boolean[predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      if (match[g] >= 0) {
        used[match[g]] = true;
      } else {
        DocGold.Entity e = gold.get(g);
        List<String> strings = new ArrayList<>(e.mentions());
        strings.add(e.name());
        errors.add(new EvaluationError("FN", label, document, e.name(),
            Contexts.firstOccurrence(text, strings)));
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      if (!used[p]) {
        Predicted e = predicted.get(p);
        String context = e.mentions().isEmpty() ? ""
            : Contexts.around(text, e.mentions().get(0).start(), e.mentions().get(0).end());
        errors.add(new EvaluationError("FP", label, document, e.name(), context));
      }
    }
    Prf prf = new Prf(tp, predicted.size() - tp, gold.size() - tp);
    return new Scored(Map.of(label, prf), Map.of(), errors);
  }

  static Set<String> keys(DocGold.Entity e) {
    Set<String> keys = new HashSet<>();
    add(keys, e.name());
    e.mentions().forEach(m -> add(keys, m));
    return keys;
  }

  static Set<String> keys(Predicted e) {
    Set<String> keys = new HashSet<>();
    add(keys, e.name());
    e.mentions().forEach(m -> add(keys, m.text()));
    return keys;
  }

  static boolean intersects(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  private static void add(Set<String> keys, String s) {
    String key = ScoringNames.key(s);
    if (!key.isEmpty()) {
      keys.add(key);
    }
  }
}
