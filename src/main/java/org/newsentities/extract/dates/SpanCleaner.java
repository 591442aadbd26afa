package org.newsentities.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsentities.config.Resources;

/**
 * Cleans a time tagger's span with the rules of {@code models/dates/spans.tsv}: drops expressions
 * that are not dates ("once", "the SEC"), cuts words that are not part of the expression
 * ("Earlier Friday", "Monday before", "three days later") as long as the rest still normalizes, and
 * splits a span that holds two expressions ("Nov. 3, the day before").
 */
final class SpanCleaner {

  public static final String DEFAULT_LOCATION = "models/dates/spans.tsv";

  /** A span of the text, end-exclusive. */
  record Span(int start, int end) {}

  private final List<Pattern> notDates = new ArrayList<>();
  private final List<Pattern> leading = new ArrayList<>();
  private final List<Pattern> trailing = new ArrayList<>();
  private final DatePatterns patterns;

  SpanCleaner(String location, DatePatterns patterns) {
    this.patterns = patterns;
    for (String line : Resources.lines(location)) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalArgumentException(location + ": expected rule, regex: " + line);
      }
      int flags = Pattern.CASE_INSENSITIVE;
      switch (cols[0].strip()) {
        case "notdate" -> notDates.add(Pattern.compile(cols[1].strip(), flags));
        case "leading" -> leading.add(Pattern.compile("^(?:" + cols[1] + ")", flags));
        case "trailing" -> trailing.add(Pattern.compile("(?:" + cols[1] + ")$", flags));
        default -> throw new IllegalArgumentException(location + ": unknown rule " + cols[0]);
      }
    }
  }

  /** The spans to keep of {@code text[start, end)}: none, the cleaned span, or its parts. */
  List<Span> clean(String text, int start, int end) {
    Span span = trim(text, new Span(start, end));
    String s = text.substring(span.start(), span.end());
    if (isNotDate(s)) {
      return List.of();
    }
    if (normalizes(s)) {
      return List.of(span);
    }
    // Two expressions in one span: "Nov. 3, the day before", "more than four hours Friday".
    for (int i = s.indexOf(' '); i > 0; i = s.indexOf(' ', i + 1)) {
      int leftEnd = s.charAt(i - 1) == ',' ? i - 1 : i;
      int rightStart = s.startsWith(" and ", i) ? i + 5 : i + 1;
      Span left = trim(text, new Span(span.start(), span.start() + leftEnd));
      Span right = trim(text, new Span(span.start() + rightStart, span.end()));
      if (normalizes(text.substring(left.start(), left.end()))
          && normalizes(text.substring(right.start(), right.end()))) {
        return List.of(left, right);
      }
    }
    return List.of(span);
  }

  boolean isNotDate(String expression) {
    String s = DatePatterns.normalize(expression);
    return notDates.stream().anyMatch(p -> p.matcher(s).matches());
  }

  /** Cuts leading and trailing words while what is left still normalizes. */
  private Span trim(String text, Span span) {
    boolean changed = true;
    int start = span.start();
    int end = span.end();
    while (changed && end > start) {
      changed = false;
      String s = text.substring(start, end);
      for (Pattern p : leading) {
        Matcher m = p.matcher(s);
        if (m.lookingAt() && m.end() > 0 && m.end() < s.length()
            && normalizes(s.substring(m.end()))) {
          start += m.end();
          changed = true;
          break;
        }
      }
      if (changed) {
        continue;
      }
      for (Pattern p : trailing) {
        Matcher m = p.matcher(s);
        if (m.find() && m.start() > 0 && normalizes(s.substring(0, m.start()))) {
          end = start + m.start();
          changed = true;
          break;
        }
      }
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return new Span(start, end);
  }

  private boolean normalizes(String expression) {
    return !expression.isBlank() && !isNotDate(expression)
        && patterns.match(expression).isPresent();
  }
}
