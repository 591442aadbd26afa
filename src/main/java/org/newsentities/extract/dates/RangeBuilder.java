package org.newsentities.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges as one expression with a {@code start/end} value: "from 1991 to 1997", "between 2019 and
 * 2021", "from Monday to Wednesday" (the tagger finds the two ends, or marks the whole range with a
 * value we cannot use), "6-7 March 2023" and "March 6-8" (the tagger finds one day).
 */
final class RangeBuilder {

  private static final Pattern TAGGED_RANGE = Pattern.compile(
      "(?i)(from|between)\\s+(.+?)\\s*(\\bto\\b|\\band\\b|\\bthrough\\b|\\buntil\\b|\\btill\\b|[-\u2013])"
      + "\\s*(.+)");
  private static final Pattern DAY_BEFORE = Pattern.compile("(?<![\\d,.])(\\d{1,2})\\s*[-\u2013]\\s*$");
  private static final Pattern DAY_AFTER = Pattern.compile("^\\s*[-\u2013]\\s*(\\d{1,2})(?![\\d:])");
  private static final Pattern CONNECTOR = Pattern.compile(
      "\\s+(?:to|through|until|till|and)\\s+|\\s*[-\u2013]\\s*");
  private static final Pattern OPENER = Pattern.compile("(?i)(?:^|\\s)(from|between)\\s+$");

  private static final Pattern PRESENT = Pattern.compile("(?i)now|today|the present");

  private RangeBuilder() {}

  /**
   * "between now and Feb. 10", "from now to Election Day": a range from the present has no
   * calendar value, so its two ends are kept as two expressions, each with its own value.
   */
  static boolean startsNow(String text, Candidate range) {
    return range.isRange() && PRESENT.matcher(range.parts().get(0).text(text).trim()).matches();
  }

  /** A range the tagger marked as one expression, split into its two ends. */
  static Optional<Candidate> splitTagged(String text, int start, int end) {
    Matcher m = TAGGED_RANGE.matcher(text.substring(start, end));
    if (!m.matches()) {
      return Optional.empty();
    }
    Candidate first = Candidate.found(start + m.start(2), start + m.end(2));
    Candidate second = Candidate.found(start + m.start(4), start + m.end(4));
    return Optional.of(Candidate.range(start, end, first, second));
  }

  /** "7 March 2023" preceded by "6-" becomes "6-7 March 2023"; "March 6" followed by "-8" too. */
  static Candidate widen(String text, Candidate c) {
    String s = c.text(text);
    if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
      Matcher m = DAY_BEFORE.matcher(text.substring(Math.max(0, c.start() - 8), c.start()));
      if (m.find()) {
        return new Candidate(c.start() - (m.end() - m.start()), c.end(), Optional.empty(),
            Optional.empty(), List.of());
      }
    }
    if (!s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1)) && s.matches(".*\\D\\d{1,2}")) {
      Matcher m = DAY_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 6)));
      if (m.find()) {
        return new Candidate(c.start(), c.end() + m.end(), Optional.empty(), Optional.empty(),
            List.of());
      }
    }
    return c;
  }

  /** Joins "between X and Y", "from X to Y" when X and Y are neighbouring candidates. */
  static List<Candidate> join(String text, List<Candidate> sorted) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Candidate a = sorted.get(i);
      if (i + 1 < sorted.size() && isPoint(a) && isPoint(sorted.get(i + 1))) {
        Candidate b = sorted.get(i + 1);
        String between = text.substring(a.end(), Math.max(a.end(), b.start()));
        int base = Math.max(0, a.start() - 10);
        Matcher opener = OPENER.matcher(text.substring(base, a.start()));
        if (b.start() >= a.end() && CONNECTOR.matcher(between).matches() && opener.find()
            && !PRESENT.matcher(a.text(text).trim()).matches()
            && (!between.contains("and") || opener.group(1).equalsIgnoreCase("between"))) {
          int start = base + opener.start(1);
          out.add(Candidate.range(start, b.end(), a, b));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static boolean isPoint(Candidate c) {
    return !c.isRange() && c.taggerType().map(t -> t.equals("DATE") || t.equals("TIME"))
        .orElse(true);
  }

  /**
   * The value of a range from the values of its ends; empty unless both are dates (or both
   * times). A second end before the first ("from Friday to Monday") moves a week on.
   */
  static Normalized combine(Normalized first, Normalized second) {
    String type = first.type().equals("TIME") && second.type().equals("TIME") ? "TIME" : "DATE";
    if (first.value().isEmpty() || second.value().isEmpty()
        || first.type().equals("DURATION") || second.type().equals("DURATION")
        || first.type().equals("SET") || second.type().equals("SET")
        || first.value().get().endsWith("_REF") || second.value().get().endsWith("_REF")) {
      return Normalized.unknown(type);
    }
    String a = first.value().get();
    String b = second.value().get();
    if (TimexValues.isDay(a) && TimexValues.isDay(b)) {
      java.time.LocalDate from = java.time.LocalDate.parse(a);
      java.time.LocalDate to = java.time.LocalDate.parse(b);
      while (to.isBefore(from) && from.toEpochDay() - to.toEpochDay() < 7) {
        to = to.plusWeeks(1);
      }
      b = to.toString();
    }
    return Normalized.of(type, a + "/" + b);
  }
}
