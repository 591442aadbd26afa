package org.newsentities.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsentities.eval.EvaluationReport.EvaluationError;
import org.newsentities.model.DateExpr;

/**
 * Scores the dates of one document on their normalized TIMEX3 value. Gold lists each expression
 * once, so predictions are counted once per (text, value). A predicted date without a value is
 * not scored (the pipeline declined to normalize it; gold leaves such expressions out) but
 * counted. Rows: all types together, then per type (gold and predictions of that type only).
 */
final class DateScorer {

  static final String ALL = "dates (value)";
  static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET");
  static final String MATCHED = "dates matched";
  static final String TYPE_RIGHT = "date type right";
  static final String WITHOUT_VALUE = "predicted dates without value";

  private DateScorer() {}

  static String typeRow(String type) {
    return "dates " + type;
  }

  static Scored score(String document, String text, List<DocGold.GoldDate> gold,
      List<DateExpr> predictedDates) {
    List<DateExpr> predicted = distinctWithValue(predictedDates);
    int[] match = match(gold, predicted);
    Map<String, Prf> rows = new LinkedHashMap<>();
    rows.put(ALL, prf(match, gold.size(), predicted.size()));
    for (String type : TYPES) {
      List<DocGold.GoldDate> g = gold.stream().filter(d -> type(d.type()).equals(type)).toList();
      List<DateExpr> p = predicted.stream().filter(d -> type(d.type()).equals(type)).toList();
      rows.put(typeRow(type), prf(match(g, p), g.size(), p.size()));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put(MATCHED, OneToOne.size(match));
    int typeRight = 0;
    for (int g = 0; g < gold.size(); g++) {
      if (match[g] >= 0 && type(gold.get(g).type()).equals(type(predicted.get(match[g]).type()))) {
        typeRight++;
      }
    }
    counts.put(TYPE_RIGHT, typeRight);
    counts.put(WITHOUT_VALUE,
        (int) predictedDates.stream().filter(d -> d.value().isEmpty()).count());
    return new Scored(rows, counts, errors(document, text, gold, predicted, match));
  }

  /**
   * Values decide; among equal values, pairs with the same text are made first so the error list
   * pairs what belongs together. (Edges depend on the value only, so this order still gives a
   * maximum matching.)
   */
  private static int[] match(List<DocGold.GoldDate> gold, List<DateExpr> predicted) {
    int[] match = new int[gold.size()];
    Arrays.fill(match, -1);
    boolean[] used = new boolean[predicted.size()];
    for (boolean sameText : new boolean[] {true, false}) {
      for (int g = 0; g < gold.size(); g++) {
        for (int p = 0; p < predicted.size() && match[g] < 0; p++) {
          DocGold.GoldDate gd = gold.get(g);
          DateExpr pd = predicted.get(p);
          if (!used[p] && value(gd.value()).equals(value(pd.value().orElse("")))
              && (!sameText || ScoringNames.phrase(gd.text()).equals(ScoringNames.phrase(pd.text())))) {
            match[g] = p;
            used[p] = true;
          }
        }
      }
    }
    return match;
  }

  private static List<DateExpr> distinctWithValue(List<DateExpr> dates) {
    Map<String, DateExpr> distinct = new LinkedHashMap<>();
    for (DateExpr d : dates) {
      d.value().ifPresent(v -> distinct.putIfAbsent(ScoringNames.phrase(d.text()) + "\t" + value(v), d));
    }
    return new ArrayList<>(distinct.values());
  }

  private static List<EvaluationError> errors(String document, String text,
      List<DocGold.GoldDate> gold, List<DateExpr> predicted, int[] match) {
    List<EvaluationError> errors = new ArrayList<>();
    boolean[] used = new boolean[predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      if (match[g] >= 0) {
        used[match[g]] = true;
      } else {
        DocGold.GoldDate d = gold.get(g);
        errors.add(new EvaluationError("FN", "DATE", document, d.text() + " = " + d.value(),
            Contexts.firstOccurrence(text, List.of(d.text()))));
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      if (!used[p]) {
        DateExpr d = predicted.get(p);
        errors.add(new EvaluationError("FP", "DATE", document,
            d.text() + " = " + d.value().orElse(""), Contexts.around(text, d.start(), d.end())));
      }
    }
    return errors;
  }

  private static String value(String v) {
    return v.strip().toUpperCase(Locale.ROOT);
  }

  private static String type(String t) {
    return t == null ? "" : t.strip().toUpperCase(Locale.ROOT);
  }

  private static Prf prf(int[] matching, int gold, int predicted) {
    int tp = OneToOne.size(matching);
    return new Prf(tp, predicted - tp, gold - tp);
  }
}
