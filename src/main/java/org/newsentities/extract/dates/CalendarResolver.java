package org.newsentities.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsentities.extract.dates.DatePatterns.RuleMatch;
import org.newsentities.extract.dates.ValueResolver.Context;

/** Resolvers for calendar names: dates, months, weekdays, quarters, halves, seasons. */
final class CalendarResolver {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR_AGO = Pattern.compile("(?i)year-ago|year-earlier|year ago"
      + "|year earlier|last year|year before|year-before|prior-year");

  private CalendarResolver() {}

  static Optional<String> calendar(RuleMatch m, Context ctx, DateLexicon lex) {
    Optional<String> rel = m.group("rel").map(String::toLowerCase);
    if (rel.isPresent() && ctx.anchor().isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> year = m.group("year").map(Integer::parseInt).or(() -> rel.map(r ->
        ctx.anchor().get().getYear() + (r.equals("next") ? 1 : r.equals("last") ? -1 : 0)));
    Optional<Integer> month = m.group("month").flatMap(w -> lex.value("month", w))
        .map(Integer::parseInt);
    Optional<Integer> day = m.group("day").map(Integer::parseInt);
    Optional<DayOfWeek> weekday = m.group("weekday").flatMap(w -> lex.value("weekday", w))
        .map(ValueResolver::dayOfWeek);
    Optional<String> dir = m.group("dir").map(String::toLowerCase);
    if (month.isPresent() && day.isPresent() && dir.isPresent()) {
      return ctx.anchor().map(a -> TimexValues.day(
          Anchoring.dayOfMonthShift(a, MonthDay.of(month.get(), day.get()), dir.get())));
    }
    if (month.isPresent() && day.isPresent()) {
      Optional<LocalDate> first = day(year, month.get(), day.get(), weekday, ctx);
      Optional<Integer> day2 = m.group("day2").map(Integer::parseInt);
      if (first.isPresent() && day2.isPresent()) {
        LocalDate last = first.get().withDayOfMonth(day2.get());
        return last.isAfter(first.get()) ? Optional.of(first.get() + "/" + last) : Optional.empty();
      }
      return first.map(TimexValues::day);
    }
    if (month.isPresent()) {
      if (year.isPresent()) {
        return Optional.of(TimexValues.month(YearMonth.of(year.get(), month.get())));
      }
      return ctx.anchor().map(a -> TimexValues.month(YearMonth.of(
          Anchoring.yearOfMonth(YearMonth.from(a), month.get(), ctx.tense()), month.get())));
    }
    if (year.isPresent()) {
      return Optional.of(TimexValues.year(year.get()));
    }
    if (weekday.isPresent()) {
      return ctx.anchor().map(a -> TimexValues.day(Anchoring.weekday(a, weekday.get(),
          ctx.tense())));
    }
    return Optional.empty();
  }

  /** A day of a month; without a year, the weekday (if named) or the tense picks the year. */
  private static Optional<LocalDate> day(Optional<Integer> year, int month, int day,
      Optional<DayOfWeek> weekday, Context ctx) {
    if (year.isPresent()) {
      return Optional.of(LocalDate.of(year.get(), month, day));
    }
    if (ctx.anchor().isEmpty()) {
      return Optional.empty();
    }
    LocalDate ref = ctx.anchor().get();
    MonthDay md = MonthDay.of(month, day);
    if (weekday.isPresent()) {
      Optional<LocalDate> best = Optional.empty();
      for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
        if (!md.isValidYear(y)) {
          continue;
        }
        LocalDate c = md.atYear(y);
        if (c.getDayOfWeek() == weekday.get() && (best.isEmpty()
            || Math.abs(ChronoUnit.DAYS.between(ref, c))
                < Math.abs(ChronoUnit.DAYS.between(ref, best.get())))) {
          best = Optional.of(c);
        }
      }
      if (best.isPresent()) {
        return best;
      }
    }
    return Optional.of(Anchoring.dayOfMonth(ref, md, ctx.tense()));
  }

  static Optional<String> quarter(RuleMatch m, Context ctx, DateLexicon lex) {
    Optional<Integer> q = m.group("ord").flatMap(o -> lex.value("ordinal", o).or(() ->
        Optional.of(o).filter(s -> s.matches("[1-4]")))).map(Integer::parseInt);
    if (q.isEmpty() || q.get() > 4) {
      return Optional.empty();
    }
    Optional<Integer> year = m.group("year").or(() -> m.group("year2")).map(Integer::parseInt);
    if (year.isPresent()) {
      return Optional.of(TimexValues.quarter(year.get(), q.get()));
    }
    Optional<String> rel = m.group("rel").map(String::toLowerCase);
    if (rel.isPresent()) {
      int shift = rel.get().equals("next") ? 1 : rel.get().equals("last") ? -1 : 0;
      return ctx.anchor().map(a -> TimexValues.quarter(a.getYear() + shift, q.get()));
    }
    int back = m.matcher().group().toLowerCase().matches(".*year-(?:ago|earlier).*") ? 1 : 0;
    return ctx.anchor().map(a -> TimexValues.quarter(
        Anchoring.yearOfQuarter(a, q.get(), ctx.tense()) - back, q.get()));
  }

  static Optional<String> half(RuleMatch m, Context ctx) {
    int h = m.group("ord").map(o -> o.equalsIgnoreCase("first") ? 1 : 2).orElse(1);
    Optional<Integer> year = m.group("year").or(() -> m.group("year2")).map(Integer::parseInt)
        .or(() -> ctx.anchor().map(LocalDate::getYear));
    return year.map(y -> TimexValues.year(y) + "-H" + h);
  }

  /**
   * "the quarter", "the latest period": the quarter the article reports on; "the year-ago
   * quarter": the same quarter a year before; "the current quarter": the document date's.
   */
  static Optional<String> reportQuarter(RuleMatch m, Context ctx) {
    String text = m.matcher().group().toLowerCase();
    if (text.contains("current")) {
      return ctx.anchor().map(a -> TimexValues.quarter(a.getYear(), (a.getMonthValue() - 1) / 3 + 1));
    }
    Optional<String> report = ctx.reportQuarter().or(() -> ctx.anchor().map(a -> {
      LocalDate previous = a.minusMonths(3);
      return TimexValues.quarter(previous.getYear(), (previous.getMonthValue() - 1) / 3 + 1);
    }));
    Optional<String> year = m.group("year");
    // After "the nine months", "the 1988 period" and "the year-earlier results" are a year.
    boolean wholeYear = ctx.afterLongPeriod() && !text.contains("quarter");
    if (year.isPresent()) {
      return wholeYear ? year : report.map(q -> year.get() + q.substring(4));
    }
    if (!isYearAgo(text)) {
      return report;
    }
    return wholeYear ? report.map(q -> TimexValues.year(Integer.parseInt(q.substring(0, 4)) - 1))
        : report.map(q -> shiftQuarter(q, -4));
  }

  /** "a year ago", "the year-earlier period", "last year's quarter": a year-ago comparison. */
  static boolean isYearAgo(String expression) {
    return YEAR_AGO.matcher(expression).find();
  }

  /** "1989-Q3" moved by {@code quarters}. */
  static String shiftQuarter(String quarter, int quarters) {
    Matcher qm = QUARTER.matcher(quarter);
    if (!qm.matches()) {
      return quarter;
    }
    int index = Integer.parseInt(qm.group(1)) * 4 + Integer.parseInt(qm.group(2)) - 1 + quarters;
    return TimexValues.quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
  }

  static Optional<String> season(RuleMatch m, Context ctx, DateLexicon lex) {
    Optional<String> season = m.group("season").flatMap(s -> lex.value("season", s));
    if (season.isEmpty()) {
      return Optional.empty();
    }
    if (m.group("year").isPresent()) {
      return Optional.of(m.group("year").get() + "-" + season.get());
    }
    if (ctx.anchor().isEmpty()) {
      return Optional.empty();
    }
    LocalDate ref = ctx.anchor().get();
    int start = switch (season.get()) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    int direction = m.group("dir").flatMap(d -> lex.value("direction", d)).map(Integer::parseInt)
        .orElse(0);
    int month = ref.getMonthValue();
    int year = ref.getYear();
    boolean started = month >= start;
    if (direction < 0 || (direction == 0 && ctx.tense() == Tense.PAST)) {
      year = started && (direction == 0 || month > start + 2) ? year : year - 1;
    } else if (direction > 0 || ctx.tense() == Tense.FUTURE) {
      year = month > start + 2 || (direction > 0 && started) ? year + 1 : year;
    }
    return Optional.of(TimexValues.year(year) + "-" + season.get());
  }

  /** "Thanksgiving", "last Christmas", "Election Day 1998": the occurrence the tense points at. */
  static Optional<String> holiday(RuleMatch m, Context ctx, DateLexicon lex) {
    Optional<String> rule = m.group("holiday").flatMap(h -> lex.value("holiday", h));
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    if (m.group("year").isPresent()) {
      return Optional.of(TimexValues.day(holidayIn(rule.get(), Integer.parseInt(m.group("year")
          .get()))));
    }
    if (ctx.anchor().isEmpty()) {
      return Optional.empty();
    }
    LocalDate ref = ctx.anchor().get();
    LocalDate last = holidayIn(rule.get(), ref.getYear());
    if (last.isAfter(ref)) {
      last = holidayIn(rule.get(), ref.getYear() - 1);
    }
    LocalDate next = holidayIn(rule.get(), ref.getYear());
    if (next.isBefore(ref)) {
      next = holidayIn(rule.get(), ref.getYear() + 1);
    }
    String dir = m.group("dir").map(String::toLowerCase).orElse("");
    boolean past = dir.equals("last") || (dir.isEmpty() && ctx.tense() == Tense.PAST);
    boolean future = dir.equals("next") || (dir.isEmpty() && ctx.tense() == Tense.FUTURE);
    LocalDate pick = past ? last : future ? next
        : ChronoUnit.DAYS.between(last, ref) <= ChronoUnit.DAYS.between(ref, next) ? last : next;
    return Optional.of(TimexValues.day(pick));
  }

  /** The holiday's date in {@code year}: "MM-DD", or "month/n/weekday[/offset]" (n = -1: last). */
  static LocalDate holidayIn(String rule, int year) {
    if (rule.contains("-") && !rule.contains("/")) {
      return MonthDay.parse("--" + rule).atYear(year);
    }
    String[] p = rule.split("/");
    int month = Integer.parseInt(p[0]);
    int n = Integer.parseInt(p[1]);
    DayOfWeek day = DayOfWeek.of(Integer.parseInt(p[2]));
    LocalDate d = LocalDate.of(year, month, 1).with(n > 0
        ? java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(n, day)
        : java.time.temporal.TemporalAdjusters.lastInMonth(day));
    return p.length > 3 ? d.plusDays(Integer.parseInt(p[3].replace("+", ""))) : d;
  }
}
