package org.newsentities.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsentities.eval.EvaluationReport.EvaluationError;
import org.newsentities.eval.TimeMlDocument.GoldTimex;
import org.newsentities.model.DateExpr;

/**
 * Scores predicted dates against a document's TIMEX3 annotations: strict span (same offsets),
 * relaxed span (overlap, one prediction per gold expression, largest overlap first), type and
 * value. A prediction without a value never counts as a right value. Values are compared after
 * {@link #canonical} (zero-padded week numbers).
 */
public final class TimeMlScorer {

  private static final int CONTEXT = 40;

  private TimeMlScorer() {}

  public static TimeMlScore score(TimeMlDocument gold, List<DateExpr> predicted,
      boolean withErrors) {
    List<GoldTimex> golds = gold.timexes();
    int strictTp = countStrict(golds, predicted);
    int[] pairOf = matchRelaxed(golds, predicted);
    boolean[] predUsed = new boolean[predicted.size()];
    int relaxedTp = 0;
    int typeTp = 0;
    int valueTp = 0;
    List<EvaluationError> errors = new ArrayList<>();
    for (int g = 0; g < golds.size(); g++) {
      GoldTimex gt = golds.get(g);
      if (pairOf[g] < 0) {
        errors.add(error("FN", gt.type(), gold, gt.text(), gt.start(), gt.end(),
            "gold=" + gt.value()));
        continue;
      }
      DateExpr p = predicted.get(pairOf[g]);
      predUsed[pairOf[g]] = true;
      relaxedTp++;
      boolean sameType = gt.type().equals(p.type());
      boolean sameValue = p.value().map(v -> canonical(v).equals(canonical(gt.value())))
          .orElse(false);
      typeTp += sameType ? 1 : 0;
      valueTp += sameValue ? 1 : 0;
      if (gt.start() != p.start() || gt.end() != p.end()) {
        errors.add(error("SPAN", gt.type(), gold, gt.text(), gt.start(), gt.end(),
            "pred=\"" + p.text() + "\""));
      }
      if (!sameType) {
        errors.add(error("TYPE", gt.type(), gold, gt.text(), gt.start(), gt.end(),
            "pred=" + p.type()));
      }
      if (!sameValue) {
        errors.add(error("VALUE", gt.type(), gold, gt.text(), gt.start(), gt.end(),
            "gold=" + gt.value() + " pred=" + p.value().orElse("null")
                + (p.text().equals(gt.text()) ? "" : " (\"" + p.text() + "\")")));
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!predUsed[i]) {
        DateExpr p = predicted.get(i);
        errors.add(error("FP", p.type(), gold, p.text(), p.start(), p.end(),
            "pred=" + p.value().orElse("null")));
      }
    }
    int nGold = golds.size();
    int nPred = predicted.size();
    return new TimeMlScore(
        new Prf(strictTp, nPred - strictTp, nGold - strictTp),
        new Prf(relaxedTp, nPred - relaxedTp, nGold - relaxedTp),
        new Prf(typeTp, nPred - typeTp, nGold - typeTp),
        new Prf(valueTp, nPred - valueTp, nGold - valueTp),
        withErrors ? errors : List.of());
  }

  private static int countStrict(List<GoldTimex> golds, List<DateExpr> predicted) {
    boolean[] used = new boolean[predicted.size()];
    int tp = 0;
    for (GoldTimex g : golds) {
      for (int i = 0; i < predicted.size(); i++) {
        DateExpr p = predicted.get(i);
        if (!used[i] && p.start() == g.start() && p.end() == g.end()) {
          used[i] = true;
          tp++;
          break;
        }
      }
    }
    return tp;
  }

  /** For each gold expression, the index of its relaxed match in {@code predicted}, or -1. */
  private static int[] matchRelaxed(List<GoldTimex> golds, List<DateExpr> predicted) {
    record Pair(int gold, int pred, int overlap, int offset) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < golds.size(); g++) {
      GoldTimex gt = golds.get(g);
      for (int p = 0; p < predicted.size(); p++) {
        DateExpr pe = predicted.get(p);
        int overlap = Math.min(gt.end(), pe.end()) - Math.max(gt.start(), pe.start());
        if (overlap > 0) {
          pairs.add(new Pair(g, p, overlap,
              Math.abs(gt.start() - pe.start()) + Math.abs(gt.end() - pe.end())));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::overlap).reversed()
        .thenComparingInt(Pair::offset).thenComparingInt(Pair::gold));
    int[] pairOf = new int[golds.size()];
    java.util.Arrays.fill(pairOf, -1);
    boolean[] predUsed = new boolean[predicted.size()];
    for (Pair pair : pairs) {
      if (pairOf[pair.gold()] < 0 && !predUsed[pair.pred()]) {
        pairOf[pair.gold()] = pair.pred();
        predUsed[pair.pred()] = true;
      }
    }
    return pairOf;
  }

  private static EvaluationError error(String kind, String type, TimeMlDocument doc, String text,
      int start, int end, String detail) {
    return new EvaluationError(kind, type, doc.id(), text, detail + " | " + context(doc.text(),
        start, end));
  }

  /** Equal values written two ways: "2000-W7" (as some TimeBank files have it) is "2000-W07". */
  static String canonical(String value) {
    return value.replaceAll("-W(\\d)(?!\\d)", "-W0$1");
  }

  /** The expression in brackets with up to 40 characters either side, on one line. */
  static String context(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    String s = text.substring(from, start) + "[" + text.substring(start, end) + "]"
        + text.substring(end, to);
    return s.replaceAll("\\s+", " ").strip();
  }
}
