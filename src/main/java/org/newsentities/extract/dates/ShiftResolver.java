package org.newsentities.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.newsentities.extract.dates.DatePatterns.RuleMatch;
import org.newsentities.extract.dates.ValueResolver.Context;

/**
 * Resolvers for expressions relative to the document date: "last week", "next June", "this
 * weekend", "two years ago". The value has the granularity of the unit named: "last week" is a
 * week, "two years ago" a year.
 */
final class ShiftResolver {

  private ShiftResolver() {}

  static Optional<String> shift(RuleMatch m, Context ctx, DateLexicon lex) {
    if (ctx.anchor().isEmpty()) {
      return Optional.empty();
    }
    LocalDate ref = ctx.anchor().get();
    int dir = m.group("dir").flatMap(d -> lex.value("direction", d)).map(Integer::parseInt)
        .orElse(0);
    Optional<String> weekday = m.group("weekday").flatMap(w -> lex.value("weekday", w));
    if (weekday.isPresent()) {
      return Optional.of(TimexValues.day(
          Anchoring.weekdayShift(ref, DayOfWeek.of(Integer.parseInt(weekday.get())), dir)));
    }
    Optional<Integer> month = m.group("month").flatMap(w -> lex.value("month", w))
        .map(Integer::parseInt);
    if (month.isPresent()) {
      int year = Anchoring.yearOfMonthShift(YearMonth.from(ref), month.get(), dir);
      return Optional.of(TimexValues.month(YearMonth.of(year, month.get())));
    }
    String unit = m.group("unit").map(String::toLowerCase).orElse("weekend");
    return unitValue(ref, unit, dir, ctx.tense());
  }

  /** The {@code unit} containing the document date, moved by {@code dir} units. */
  static Optional<String> unitValue(LocalDate ref, String unit, int dir, Tense tense) {
    return switch (unit) {
      case "week" -> Optional.of(TimexValues.week(ref.plusWeeks(dir)));
      case "weekend" -> {
        int weeks = dir;
        if (dir == 0 && tense == Tense.PAST && ref.getDayOfWeek().getValue() < 6) {
          weeks = -1;
        }
        yield Optional.of(TimexValues.week(ref.plusWeeks(weeks)) + "-WE");
      }
      case "month" -> Optional.of(TimexValues.month(YearMonth.from(ref).plusMonths(dir)));
      case "quarter" -> {
        LocalDate d = ref.plusMonths(3L * dir);
        yield Optional.of(TimexValues.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1));
      }
      case "year" -> Optional.of(TimexValues.year(ref.getYear() + dir));
      case "decade" -> Optional.of(Integer.toString(ref.getYear() / 10 + dir));
      case "century" -> Optional.of(Integer.toString(ref.getYear() / 100 + dir));
      default -> Optional.empty();
    };
  }

  /** "two years ago", "a week earlier", "three days from now". */
  static Optional<String> ago(RuleMatch m, Context ctx, DateLexicon lex, NumberWords numbers) {
    if (ctx.anchor().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> amount = m.group("num").flatMap(numbers::amount);
    Optional<String> unit = m.group("unit").map(u -> DateLexicon.singular(u.toLowerCase()));
    if (amount.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    String text = m.matcher().group().toLowerCase();
    int sign = text.contains("from now") || text.contains("from today") ? 1 : -1;
    if (amount.get().equals("X")) {
      return Optional.of(sign < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    if (amount.get().contains(".")) {
      return Optional.empty();
    }
    int n = sign * Integer.parseInt(amount.get());
    LocalDate ref = ctx.anchor().get();
    if (unit.get().equals("year") && n == -1 && ctx.financial() && ctx.reportQuarter().isPresent()
        && !ctx.afterLongPeriod()) {
      return ctx.reportQuarter().map(q -> CalendarResolver.shiftQuarter(q, -4));
    }
    return switch (unit.get()) {
      case "day" -> Optional.of(TimexValues.day(ref.plusDays(n)));
      case "week" -> Optional.of(TimexValues.week(ref.plusWeeks(n)));
      case "month" -> Optional.of(TimexValues.month(YearMonth.from(ref).plusMonths(n)));
      case "quarter" -> unitValue(ref.plusMonths(3L * n), "quarter", 0, ctx.tense());
      case "year" -> Optional.of(TimexValues.year(ref.getYear() + n));
      case "decade" -> Optional.of(TimexValues.year(ref.getYear() + 10 * n));
      default -> Optional.empty();
    };
  }
}
