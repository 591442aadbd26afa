package org.newsentities.extract.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.newsentities.extract.dates.DatePatterns.RuleMatch;

/**
 * Computes the TIMEX3 value of an expression that a pattern matched, from the pattern's groups, the
 * document date and the tense of the clause. Every resolver that needs the document date gives no
 * value without one.
 */
final class ValueResolver {

  /**
   * What a value may depend on besides the expression.
   *
   * @param reportQuarter the quarter the article reports on ("1989-Q3"), when it names one
   * @param financial whether the sentence talks money (then "a year ago" is the year-ago quarter)
   * @param previous the value of the latest calendar date before the expression ("1998-10-23")
   * @param afterLongPeriod whether the latest reporting period named before the expression is
   *     longer than a quarter ("the nine months"): a year-ago comparison is then the year before
   */
  record Context(Optional<LocalDate> anchor, Tense tense, Optional<String> reportQuarter,
      boolean financial, Optional<String> previous, boolean afterLongPeriod) {}

  /** The resolver names a line of the patterns file may use. */
  static final java.util.Set<String> RESOLVERS = java.util.Set.of("ref", "dayref", "calendar",
      "fiscalyear", "decade", "century", "weekof", "spokenyear", "quarter", "half",
      "reportquarter", "season", "holiday", "shift", "ago", "duration", "set", "anaphor");

  private final DateLexicon lexicon;
  private final NumberWords numbers;

  ValueResolver(DateLexicon lexicon) {
    this.lexicon = lexicon;
    this.numbers = new NumberWords(lexicon);
  }

  Normalized resolve(RuleMatch m, Context ctx) {
    String type = m.rule().type();
    Optional<String> value;
    try {
      value = switch (m.rule().resolver()) {
        case "ref" -> m.group("ref").flatMap(r -> lexicon.value("ref", r));
        case "dayref" -> dayref(m, ctx);
        case "calendar" -> CalendarResolver.calendar(m, ctx, lexicon);
        case "fiscalyear" -> m.group("year");
        case "decade" -> decade(m);
        case "century" -> century(m);
        case "weekof" -> CalendarResolver.calendar(m, ctx, lexicon)
            .filter(TimexValues::isDay)
            .map(v -> TimexValues.week(LocalDate.parse(v)));
        case "spokenyear" -> spokenYear(m);
        case "quarter" -> CalendarResolver.quarter(m, ctx, lexicon);
        case "half" -> CalendarResolver.half(m, ctx);
        case "reportquarter" -> CalendarResolver.reportQuarter(m, ctx);
        case "season" -> CalendarResolver.season(m, ctx, lexicon);
        case "holiday" -> CalendarResolver.holiday(m, ctx, lexicon);
        case "shift" -> ShiftResolver.shift(m, ctx, lexicon);
        case "ago" -> ShiftResolver.ago(m, ctx, lexicon, numbers);
        case "duration" -> duration(m);
        case "set" -> set(m);
        case "anaphor" -> AnaphorResolver.resolve(m, ctx);
        default -> throw new IllegalStateException("unknown resolver " + m.rule().resolver()
            + " on line " + m.rule().line() + " of the date patterns");
      };
    } catch (DateTimeException e) {
      value = Optional.empty();
    }
    return new Normalized(type, value.filter(v -> TimexValues.isValid(type, v)));
  }

  private Optional<String> dayref(RuleMatch m, Context ctx) {
    if (ctx.anchor().isEmpty()) {
      return Optional.empty();
    }
    int offset = m.group("dayref").flatMap(d -> lexicon.value("dayref", d)).map(Integer::parseInt)
        .orElse(0);
    String day = TimexValues.day(ctx.anchor().get().plusDays(offset));
    Optional<String> part = m.group("daypart").flatMap(p -> lexicon.value("daypart", p));
    return Optional.of(part.map(p -> day + "T" + p).orElse(day));
  }

  private Optional<String> decade(RuleMatch m) {
    Optional<String> digits = m.group("decade");
    if (digits.isPresent()) {
      return digits;
    }
    Optional<String> word = m.group("decadeword").flatMap(w -> lexicon.value("decadeword", w));
    return word.or(() -> m.group("decade2").map(d -> "19" + d));
  }

  /** "the 20th century", "the nineteenth century": the first two digits of its years. */
  private Optional<String> century(RuleMatch m) {
    Optional<Integer> n = m.group("ord").map(Integer::parseInt)
        .or(() -> m.group("centuryword").flatMap(w -> lexicon.value("centuryword", w))
            .map(Integer::parseInt));
    return n.filter(c -> c >= 2 && c <= 100).map(c -> String.format("%02d", c - 1));
  }

  /** "nineteen ninety-six" → 1996, with a month when one is named. */
  private Optional<String> spokenYear(RuleMatch m) {
    Optional<String> rest = m.group("rest").flatMap(numbers::amount);
    if (rest.isEmpty() || rest.get().length() != 2) {
      return Optional.empty();
    }
    String year = "19" + rest.get();
    return Optional.of(m.group("month").flatMap(w -> lexicon.value("month", w))
        .map(mm -> year + "-" + mm).orElse(year));
  }

  private Optional<String> duration(RuleMatch m) {
    Optional<String> unitWord = m.group("unit");
    if (unitWord.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> unit = lexicon.value("unit", unitWord.get());
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    String amount;
    if (m.group("num").isPresent()) {
      Optional<String> n = numbers.amount(m.group("num").get());
      if (n.isEmpty()) {
        return Optional.empty();
      }
      amount = n.get();
    } else {
      boolean plural = !DateLexicon.singular(unitWord.get().toLowerCase()).equals(
          unitWord.get().toLowerCase());
      amount = plural ? "X" : "1";
    }
    return Optional.of(durationValue(amount, unit.get()));
  }

  /** A duration in TIMEX3 units: decades and centuries in years, half hours in minutes. */
  static String durationValue(String amount, String unit) {
    if (unit.equals("DE") || unit.equals("CE")) {
      int factor = unit.equals("DE") ? 10 : 100;
      return amount.equals("X") ? "PXY" : TimexValues.duration(scale(amount, factor), "Y");
    }
    if (unit.equals("WE")) {
      return amount.equals("X") ? "PXWE" : TimexValues.duration(scale(amount, 2), "D");
    }
    if (amount.endsWith(".5") && unit.equals("TH")) {
      return "PT" + amount.substring(0, amount.length() - 2) + "H30M";
    }
    return TimexValues.duration(amount, unit);
  }

  private static String scale(String amount, int factor) {
    if (amount.contains(".")) {
      double d = Double.parseDouble(amount) * factor;
      return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
    return Long.toString(Long.parseLong(amount) * factor);
  }

  private Optional<String> set(RuleMatch m) {
    Optional<String> word = m.group("setword");
    if (word.isPresent()) {
      return lexicon.value("setword", word.get());
    }
    Optional<String> weekday = m.group("weekday").flatMap(w -> lexicon.value("weekday", w));
    if (weekday.isPresent()) {
      return Optional.of("XXXX-WXX-" + weekday.get());
    }
    Optional<Integer> month = m.group("month").flatMap(w -> lexicon.value("month", w))
        .map(Integer::parseInt);
    if (month.isPresent()) {
      return Optional.of(String.format("XXXX-%02d", month.get()));
    }
    Optional<String> season = m.group("season").flatMap(w -> lexicon.value("season", w));
    if (season.isPresent()) {
      return Optional.of("XXXX-" + season.get());
    }
    return m.group("unit").flatMap(u -> lexicon.value("unit", u)).map(u -> durationValue("1", u));
  }

  static DayOfWeek dayOfWeek(String number) {
    return DayOfWeek.of(Integer.parseInt(number));
  }
}
