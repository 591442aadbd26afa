package org.newsentities.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How the scorers compare strings. Kept apart from the pipeline's own name normalization on
 * purpose: published figures must not move when the grouping of mentions changes.
 */
public final class ScoringNames {

  private ScoringNames() {}

  /**
   * Entity names: case, accents, curly quotes, possessive {@code 's}, dots and other punctuation
   * do not count ("Pakistan’s Foreign Office" = "pakistan foreign office", "U.S." = "US").
   */
  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.replace('\u2019', '\'').replace('\u2018', '\'');
    s = s.replaceAll("'s\\b", "").replaceAll("[\"'`]", "").replace(".", "");
    s = s.replaceAll("[^\\p{L}\\p{N}&]+", " ");
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** Title phrases: only case, curly quotes and spacing are normalized ("strict" equality). */
  public static String phrase(String text) {
    String s = text.replace('\u2019', '\'').replace('\u2018', '\'');
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * "Lenient" title match: the words of one phrase occur, in order and contiguous, in the other
   * ("director" ~ "charity director"; but "or" is not inside "director").
   */
  public static boolean oneContainsTheOther(String a, String b) {
    List<String> wa = words(a);
    List<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    return Collections.indexOfSubList(wa, wb) >= 0 || Collections.indexOfSubList(wb, wa) >= 0;
  }

  private static List<String> words(String text) {
    String s = phrase(text).replaceAll("[^\\p{L}\\p{N}&]+", " ").strip();
    return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
  }
}
