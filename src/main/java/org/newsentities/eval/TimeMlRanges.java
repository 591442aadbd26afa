package org.newsentities.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsentities.model.DateExpr;

/**
 * TimeML has no range values: "from 1991 to 1997" is two TIMEX3s, 1991 and 1997. Our output keeps a
 * range as one expression with a {@code start/end} value, so before scoring against TimeML each
 * date range is split back into its two ends, at its connector ("to", "and", "through", "-").
 */
final class TimeMlRanges {

  private static final Pattern RANGE = Pattern.compile(
      "(?i)(?:(?:from|between)\\s+)?(.+?)\\s*(?:\\bto\\b|\\band\\b|\\bthrough\\b|\\buntil\\b|\\btill\\b"
      + "|[-\u2013])\\s*(.+)");

  private TimeMlRanges() {}

  static List<DateExpr> split(List<DateExpr> dates) {
    List<DateExpr> out = new ArrayList<>();
    for (DateExpr d : dates) {
      out.addAll(split(d));
    }
    return out;
  }

  static List<DateExpr> split(DateExpr d) {
    boolean pointRange = (d.type().equals("DATE") || d.type().equals("TIME"))
        && d.value().map(v -> v.indexOf('/') > 0).orElse(false);
    Matcher m = RANGE.matcher(d.text());
    if (!pointRange || !m.matches()) {
      return List.of(d);
    }
    String[] values = d.value().get().split("/", 2);
    return List.of(
        new DateExpr(m.group(1), d.start() + m.start(1), d.start() + m.end(1), d.type(),
            Optional.of(values[0])),
        new DateExpr(m.group(2), d.start() + m.start(2), d.start() + m.end(2), d.type(),
            Optional.of(values[1])));
  }
}
