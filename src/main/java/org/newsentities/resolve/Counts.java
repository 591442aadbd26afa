package org.newsentities.resolve;

import java.util.Map;
import java.util.Optional;

/** Which name stands out in an article: counts of mentions, by name. */
final class Counts {

  private Counts() {}

  /** The key with the highest count, when it has at least {@code min} and more than any other. */
  static Optional<String> dominant(Map<String, Integer> counts, int min) {
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return first >= min && first > second ? Optional.of(best) : Optional.empty();
  }
}
