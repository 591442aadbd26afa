package org.newsentities.eval;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsentities.resolve.PlaceLexicon;

/**
 * The lenient comparison of two organization names: the words of one occur, in order, in the
 * other ("Microsoft" ~ "Microsoft Corp"), one is the acronym of the other ("IMF" ~
 * "International Monetary Fund", "US" ~ "United States"), or both name the same country ("South
 * Korean" ~ "South Korea": KBP often labels the adjective).
 */
final class EmployerMatch {

  private EmployerMatch() {}

  private static final PlaceLexicon PLACES = PlaceLexicon.load();

  /** Words that acronyms skip. */
  private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "&", "on", "in");

  static boolean lenient(String a, String b) {
    List<String> wa = words(a);
    List<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    return Collections.indexOfSubList(wa, wb) >= 0 || Collections.indexOfSubList(wb, wa) >= 0
        || acronym(wa).equals(String.join("", wb)) || acronym(wb).equals(String.join("", wa))
        || PLACES.country(a).filter(c -> c.equals(PLACES.country(b).orElse(null))).isPresent();
  }

  private static String acronym(List<String> words) {
    if (words.size() < 2) {
      return "";
    }
    return words.stream().filter(w -> !SKIPPED.contains(w)).map(w -> w.substring(0, 1))
        .collect(Collectors.joining());
  }

  private static List<String> words(String name) {
    String key = ScoringNames.key(name);
    return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
  }
}
