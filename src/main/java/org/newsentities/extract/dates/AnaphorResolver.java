package org.newsentities.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.newsentities.extract.dates.DatePatterns.RuleMatch;
import org.newsentities.extract.dates.ValueResolver.Context;

/**
 * Expressions anchored on the date the text last named rather than on the document date: "in June
 * 1998 … later that year", "on Oct. 23, 1998 … earlier that day", "in March … the following
 * month", "on April 24 and 25". With no earlier date as fine as the unit, the value is left empty.
 */
final class AnaphorResolver {

  private AnaphorResolver() {}

  static Optional<String> resolve(RuleMatch m, Context ctx) {
    Optional<String> previous = ctx.previous();
    String unit = m.group("unit").orElse("day").toLowerCase(java.util.Locale.ROOT);
    if (unit.equals("morning")) {
      unit = "day";
    }
    int shift = m.group("dir").isPresent() ? 1 : 0;
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    String p = previous.get();
    Optional<Integer> dayOfMonth = m.group("dayofmonth").map(Integer::parseInt);
    if (dayOfMonth.isPresent()) {
      return p.matches("\\d{4}-\\d{2}-\\d{2}.*")
          ? Optional.of(TimexValues.day(LocalDate.parse(p.substring(0, 10))
              .withDayOfMonth(dayOfMonth.get())))
          : Optional.empty();
    }
    return switch (unit) {
      case "year" -> p.matches("\\d{4}.*")
          ? Optional.of(String.valueOf(Integer.parseInt(p.substring(0, 4)) + shift))
          : Optional.empty();
      case "month" -> p.matches("\\d{4}-\\d{2}.*")
          ? Optional.of(TimexValues.month(YearMonth.parse(p.substring(0, 7)).plusMonths(shift)))
          : Optional.empty();
      case "day" -> p.matches("\\d{4}-\\d{2}-\\d{2}.*")
          ? Optional.of(TimexValues.day(LocalDate.parse(p.substring(0, 10)).plusDays(shift)))
          : Optional.empty();
      default -> Optional.empty();
    };
  }
}
