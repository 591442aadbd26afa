package org.newsentities.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsentities.eval.EvaluationReport.EvaluationError;
import org.newsentities.eval.IobSpans.TypedSpan;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.Mention;

/**
 * Scores one CoNLL document at entity level with exact spans: a predicted mention is a true
 * positive when a gold entity has the same type and the same first and last token. People,
 * organizations and locations of the output are PER, ORG and LOC; gold MISC is not scored (the
 * output model has no MISC) but counted.
 */
final class ConllScorer {

  static final List<String> TYPES = List.of("PER", "ORG", "LOC");
  static final String GOLD_MISC = "gold MISC entities (not scored)";
  static final String OFF_BOUNDARY = "predicted mentions off token boundaries";

  /** A predicted mention with its CoNLL type, in characters of the rebuilt text. */
  record Predicted(String type, Mention mention) {}

  private ConllScorer() {}

  /** Every mention of the output document, typed PER, ORG or LOC. */
  static List<Predicted> mentions(ArticleDocument doc) {
    List<Predicted> all = new ArrayList<>();
    doc.people().forEach(p -> p.mentions().forEach(m -> all.add(new Predicted("PER", m))));
    doc.organizations().forEach(o -> o.mentions().forEach(m -> all.add(new Predicted("ORG", m))));
    doc.locations().forEach(l -> l.mentions().forEach(m -> all.add(new Predicted("LOC", m))));
    return all;
  }

  static Scored score(String document, ConllText text, List<Predicted> predicted) {
    Set<TypedSpan> gold = new HashSet<>();
    int misc = 0;
    for (TypedSpan span : text.gold()) {
      if (TYPES.contains(span.type())) {
        gold.add(span);
      } else if (span.type().equals("MISC")) {
        misc++;
      }
    }
    Set<TypedSpan> spans = new LinkedHashSet<>();
    List<EvaluationError> errors = new ArrayList<>();
    int offBoundary = 0;
    for (Predicted p : predicted) {
      Optional<int[]> tokens = text.tokenSpan(p.mention().start(), p.mention().end());
      if (tokens.isPresent()) {
        spans.add(new TypedSpan(p.type(), tokens.get()[0], tokens.get()[1]));
      } else {
        offBoundary++;
        errors.add(new EvaluationError("FP", p.type(), document, p.mention().text(),
            "(not on token boundaries) "
                + Contexts.around(text.text(), p.mention().start(), p.mention().end())));
      }
    }
    Map<String, Prf> rows = new LinkedHashMap<>();
    for (String type : TYPES) {
      int tp = 0;
      int fp = offBoundaryOf(predicted, text, type);
      int fn = 0;
      for (TypedSpan s : spans) {
        if (s.type().equals(type)) {
          if (gold.contains(s)) {
            tp++;
          } else {
            fp++;
            errors.add(error("FP", document, text, s));
          }
        }
      }
      for (TypedSpan g : text.gold()) {
        if (g.type().equals(type) && !spans.contains(g)) {
          fn++;
          errors.add(error("FN", document, text, g));
        }
      }
      rows.put(type, new Prf(tp, fp, fn));
    }
    return new Scored(rows, Map.of(GOLD_MISC, misc, OFF_BOUNDARY, offBoundary), errors);
  }

  private static int offBoundaryOf(List<Predicted> predicted, ConllText text, String type) {
    return (int) predicted.stream().filter(p -> p.type().equals(type))
        .filter(p -> text.tokenSpan(p.mention().start(), p.mention().end()).isEmpty())
        .count();
  }

  private static EvaluationError error(String kind, String document, ConllText text, TypedSpan s) {
    return new EvaluationError(kind, s.type(), document, text.spanText(s.begin(), s.end()),
        text.context(s.begin(), s.end()));
  }
}
