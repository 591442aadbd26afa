package org.newsentities.eval;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * A maximum one-to-one matching between gold items (left) and predicted items (right): each
 * item counts at most once, and as many pairs as possible are made (augmenting paths), so a
 * prediction that could match two gold items never costs the other one its match.
 */
final class OneToOne {

  private OneToOne() {}

  /** {@code result[g]} is the predicted item matched to gold item {@code g}, or -1. */
  static int[] match(int gold, int predicted, BiPredicate<Integer, Integer> allowed) {
    boolean[][] edge = new boolean[gold][predicted];
    for (int g = 0; g < gold; g++) {
      for (int p = 0; p < predicted; p++) {
        edge[g][p] = allowed.test(g, p);
      }
    }
    int[] goldOf = new int[predicted];
    Arrays.fill(goldOf, -1);
    for (int g = 0; g < gold; g++) {
      augment(g, edge, goldOf, new boolean[predicted]);
    }
    int[] result = new int[gold];
    Arrays.fill(result, -1);
    for (int p = 0; p < predicted; p++) {
      if (goldOf[p] >= 0) {
        result[goldOf[p]] = p;
      }
    }
    return result;
  }

  private static boolean augment(int g, boolean[][] edge, int[] goldOf, boolean[] seen) {
    for (int p = 0; p < goldOf.length; p++) {
      if (edge[g][p] && !seen[p]) {
        seen[p] = true;
        if (goldOf[p] < 0 || augment(goldOf[p], edge, goldOf, seen)) {
          goldOf[p] = g;
          return true;
        }
      }
    }
    return false;
  }

  /** How many gold items found a partner. */
  static int size(int[] matching) {
    return (int) Arrays.stream(matching).filter(p -> p >= 0).count();
  }
}
