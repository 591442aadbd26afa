package org.newsentities.train;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsentities.eval.Prf;
import org.newsentities.extract.topics.LinearTopicModel;
import org.newsentities.extract.topics.Taxonomy;

/**
 * Hold-out figures of a trained model: top-1 accuracy against the training labels (per corpus and
 * per subject, with precision and recall), and, since those labels are partly the lexicon's own,
 * two checks against labels no lexicon touched: AG News's four human classes and Reuters TOPICS.
 */
final class HoldoutReport {

  /** Which AG class each subject counts as, for the 4-class check. */
  private static final Map<String, String> AG_CLASS_OF = Map.ofEntries(
      Map.entry(WeakLabeler.SPORT, "Sports"), Map.entry(WeakLabeler.ECONOMY, "Business"),
      Map.entry(WeakLabeler.LABOUR, "Business"), Map.entry(WeakLabeler.SCIENCE, "Sci/Tech"),
      Map.entry(WeakLabeler.HEALTH, "Sci/Tech"), Map.entry(WeakLabeler.ENVIRONMENT, "Sci/Tech"),
      Map.entry(WeakLabeler.ARTS, "Sci/Tech"), Map.entry(WeakLabeler.LIFESTYLE, "Sci/Tech"));

  private final Taxonomy taxonomy;
  private final List<String> classes;

  HoldoutReport(Taxonomy taxonomy, List<String> classes) {
    this.taxonomy = taxonomy;
    this.classes = classes;
  }

  void print(LinearTopicModel model, List<TopicTrainer.LabeledDoc> held, String split, PrintStream out) {
    Map<String, int[]> byCorpus = new TreeMap<>();
    Map<String, int[]> prf = new TreeMap<>();
    int[] ag = new int[3];
    int[] reuters = new int[2];
    double logLoss = 0;
    for (TopicTrainer.LabeledDoc d : held) {
      double[] p = model.probabilities(d.features());
      logLoss -= Math.log(Math.max(1e-12, p[classes.indexOf(d.label())]));
      String predicted = top(p);
      boolean right = predicted.equals(d.label());
      int[] c = byCorpus.computeIfAbsent(d.doc().corpus(), k -> new int[2]);
      c[0] += right ? 1 : 0;
      c[1]++;
      prf.computeIfAbsent(predicted, k -> new int[3])[right ? 0 : 1]++;
      if (!right) {
        prf.computeIfAbsent(d.label(), k -> new int[3])[2]++;
      }
      if (d.doc().corpus().equals("ag_news")) {
        String gold = d.doc().sourceLabels().get(0);
        ag[0] += agClass(predicted).equals(gold) ? 1 : 0;
        ag[1] += agClass(lexiconGuess(d.features())).equals(gold) ? 1 : 0;
        ag[2]++;
      }
      if (d.doc().corpus().equals("reuters21578") && !d.doc().sourceLabels().isEmpty()) {
        reuters[0] += Set.of(WeakLabeler.ECONOMY, WeakLabeler.LABOUR).contains(predicted) ? 1 : 0;
        reuters[1]++;
      }
    }
    int right = byCorpus.values().stream().mapToInt(c -> c[0]).sum();
    int total = byCorpus.values().stream().mapToInt(c -> c[1]).sum();
    out.printf("%nHold-out (%s split): %,d texts%n", split, total);
    out.printf("top-1 accuracy against the training labels: %.3f (%d/%d)%n", ratio(right, total), right, total);
    out.printf("mean log-loss (calibration; lower is better): %.3f%n", logLoss / Math.max(1, total));
    byCorpus.forEach((corpus, c) -> out.printf("  %-14s %.3f (%d/%d)%n", corpus, ratio(c[0], c[1]), c[0], c[1]));
    out.printf("%n%-45s %9s %7s %7s %8s%n", "subject", "precision", "recall", "F1", "support");
    for (String code : classes) {
      int[] v = prf.getOrDefault(code, new int[3]);
      Prf p = new Prf(v[0], v[1], v[2]);
      out.printf("%-45s %9.3f %7.3f %7.3f %8d%n", taxonomy.require(code).label(), p.precision(),
          p.recall(), p.f1(), v[0] + v[2]);
    }
    out.printf("%nAG News human classes (World/Sports/Business/Sci-Tech), %d texts:%n", ag[2]);
    out.printf("  model top-1 mapped to the AG class: %.3f%n", ratio(ag[0], ag[2]));
    out.printf("  lexicon alone (strongest subject, politics if none): %.3f%n", ratio(ag[1], ag[2]));
    out.printf("Reuters-21578 stories with TOPICS (all economic), %d texts: economy or labour on top: %.3f%n",
        reuters[1], ratio(reuters[0], reuters[1]));
  }

  private String top(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return classes.get(best);
  }

  private String lexiconGuess(Map<String, Double> features) {
    String best = WeakLabeler.POLITICS;
    double bestValue = 0;
    for (String code : classes) {
      double v = features.getOrDefault("lexshare:" + code, 0.0);
      if (v > bestValue) {
        best = code;
        bestValue = v;
      }
    }
    return best;
  }

  private static String agClass(String code) {
    return AG_CLASS_OF.getOrDefault(code, "World");
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
