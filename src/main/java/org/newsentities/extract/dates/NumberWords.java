package org.newsentities.extract.dates;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the amount of a duration or offset: digits ("18", "5 1/2"), number words ("twenty four",
 * "a hundred") or a vague amount ("several" → "X"), with the lexicon's number class.
 */
final class NumberWords {

  private final DateLexicon lexicon;

  NumberWords(DateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The amount as TIMEX3 writes it ("3", "5.5", "X"), or empty when it is not a number. */
  Optional<String> amount(String text) {
    String t = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    Optional<String> whole = lexicon.value("number", t);
    if (whole.isPresent()) {
      return whole;
    }
    if (t.matches("\\d+(?:\\.\\d+)?")) {
      return Optional.of(stripZeros(t));
    }
    if (t.matches("\\d+ 1/2")) {
      return Optional.of(t.substring(0, t.indexOf(' ')) + ".5");
    }
    long total = 0;
    long current = 0;
    for (String w : t.split("[ -]+")) {
      if (w.equals("and")) {
        continue;
      }
      Optional<String> v = lexicon.value("number", w);
      if (v.isEmpty() || v.get().equals("X")) {
        return Optional.empty();
      }
      long n = Long.parseLong(v.get());
      if (n == 100 || n == 1000) {
        current = Math.max(current, 1) * n;
        if (n == 1000) {
          total += current;
          current = 0;
        }
      } else {
        current += n;
      }
    }
    total += current;
    return total > 0 ? Optional.of(Long.toString(total)) : Optional.empty();
  }

  private static String stripZeros(String digits) {
    if (digits.contains(".")) {
      return digits;
    }
    String s = digits.replaceFirst("^0+(?=\\d)", "");
    return s;
  }
}
