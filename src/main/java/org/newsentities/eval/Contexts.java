package org.newsentities.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The text around a span, for error listings: "…left [[span]] right…" on one line. */
final class Contexts {

  private static final int WIDTH = 40;

  private Contexts() {}

  static String around(String text, int start, int end) {
    if (start < 0 || end > text.length() || start > end) {
      return "";
    }
    int from = Math.max(0, start - WIDTH);
    int to = Math.min(text.length(), end + WIDTH);
    String s = (from > 0 ? "…" : "") + text.substring(from, start) + "[[" + text.substring(start, end)
        + "]]" + text.substring(end, to) + (to < text.length() ? "…" : "");
    return s.replaceAll("\\s+", " ");
  }

  /** Where one of {@code strings} first occurs (longest strings first, then ignoring case). */
  static String firstOccurrence(String text, List<String> strings) {
    List<String> longestFirst = strings.stream().filter(s -> !s.isBlank())
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String s : longestFirst) {
      int at = text.indexOf(s);
      if (at >= 0) {
        return around(text, at, at + s.length());
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String s : longestFirst) {
      int at = lower.indexOf(s.toLowerCase(Locale.ROOT));
      if (at >= 0 && lower.length() == text.length()) {
        return around(text, at, at + s.length());
      }
    }
    return "(not found in the text)";
  }
}
