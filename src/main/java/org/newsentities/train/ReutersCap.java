package org.newsentities.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps at most {@link #MAX} Reuters economy stories for training: Reuters-21578 holds ~11,000
 * labelled economic stories, which would otherwise outnumber every other subject tenfold.
 * Which ones are kept is fixed (by id hash), so a run is reproducible.
 */
final class ReutersCap {

  static final int MAX = 2500;

  private ReutersCap() {}

  static List<TopicTrainer.LabeledDoc> apply(List<TopicTrainer.LabeledDoc> docs) {
    long total = docs.stream().filter(ReutersCap::isReutersEconomy).count();
    double keep = Math.min(1.0, (double) MAX / Math.max(1, total));
    List<TopicTrainer.LabeledDoc> out = new ArrayList<>();
    for (TopicTrainer.LabeledDoc d : docs) {
      if (!isReutersEconomy(d) || Math.floorMod(d.doc().id().hashCode() * 31 + 7, 1000) < keep * 1000) {
        out.add(d);
      }
    }
    return out;
  }

  private static boolean isReutersEconomy(TopicTrainer.LabeledDoc d) {
    return d.doc().corpus().equals("reuters21578") && d.label().equals(WeakLabeler.ECONOMY);
  }
}
