package org.newsentities.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Places an expression without a year (or without a week) on the calendar, relative to the
 * document date and the tense of its clause: in a past-tense clause the latest occurrence not after
 * the document date, in a future one the first not before it. News style names the year of any
 * date not close to the present, so both allow some slack (a past-tense sentence about a deadline
 * a few weeks ahead), and an untensed date is taken in the document date's year unless that puts
 * it far ahead.
 */
public final class Anchoring {

  /** How far a past-tense day may lie after the document date (a deadline, a payment date). */
  static final int DAY_SLACK = 90;
  /** How far a past-tense month may lie after the document date's month, and vice versa. */
  static final int MONTH_SLACK = 1;
  /** How far ahead an untensed day is still taken in the document date's year. */
  static final int UNTENSED_SLACK = 120;

  private Anchoring() {}

  /** "Monday": past → the latest on or before the reference, future → the first after it. */
  public static LocalDate weekday(LocalDate ref, DayOfWeek day, Tense tense) {
    int back = Math.floorMod(ref.getDayOfWeek().getValue() - day.getValue(), 7);
    int ahead = Math.floorMod(day.getValue() - ref.getDayOfWeek().getValue(), 7);
    return switch (tense) {
      case FUTURE -> ref.plusDays(ahead == 0 ? 7 : ahead);
      case PAST -> ref.minusDays(back);
      // News reports mostly what happened; an untensed weekday is taken as the recent one unless
      // the next one is much closer.
      case PRESENT, UNKNOWN -> ahead > 0 && ahead < back - 2 ? ref.plusDays(ahead)
          : ref.minusDays(back);
    };
  }

  /** "last Monday" (strictly before) and "next Monday" (strictly after). */
  public static LocalDate weekdayShift(LocalDate ref, DayOfWeek day, int direction) {
    if (direction < 0) {
      int back = Math.floorMod(ref.getDayOfWeek().getValue() - day.getValue(), 7);
      return ref.minusDays(back == 0 ? 7 : back);
    }
    if (direction > 0) {
      int ahead = Math.floorMod(day.getValue() - ref.getDayOfWeek().getValue(), 7);
      return ref.plusDays(ahead == 0 ? 7 : ahead);
    }
    return ref.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .plusDays(day.getValue() - 1L);
  }

  /**
   * The year of a month named without one ("in July"). Reporters name the year of any month not
   * close to the present, so a past-tense July in November is this year's, and a past-tense
   * December in November (one month ahead) still is; an untensed month is the nearest one.
   */
  public static int yearOfMonth(YearMonth ref, int month, Tense tense) {
    YearMonth same = YearMonth.of(ref.getYear(), month);
    return switch (tense) {
      case PAST -> same.isAfter(ref.plusMonths(MONTH_SLACK)) ? ref.getYear() - 1 : ref.getYear();
      case FUTURE -> same.isBefore(ref.minusMonths(MONTH_SLACK)) ? ref.getYear() + 1
          : ref.getYear();
      case PRESENT, UNKNOWN -> {
        long ahead = Math.floorMod(month - ref.getMonthValue(), 12);
        long back = Math.floorMod(ref.getMonthValue() - month, 12);
        yield ahead == 0 ? ref.getYear()
            : ahead < back ? (month > ref.getMonthValue() ? ref.getYear() : ref.getYear() + 1)
            : (month < ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1);
      }
    };
  }

  /** "last June" (the latest June before this month) and "next June". */
  public static int yearOfMonthShift(YearMonth ref, int month, int direction) {
    if (direction < 0) {
      return month < ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1;
    }
    if (direction > 0) {
      return month > ref.getMonthValue() ? ref.getYear() : ref.getYear() + 1;
    }
    return ref.getYear();
  }

  /**
   * The year of a day named without one ("on March 6"): this year's, as news style leaves the year
   * out only for dates of the current year, unless the tense puts it more than about three months
   * on the wrong side of the document date; untensed, the nearest.
   */
  public static LocalDate dayOfMonth(LocalDate ref, MonthDay day, Tense tense) {
    LocalDate same = atYear(day, ref.getYear());
    return switch (tense) {
      case PAST -> same.isAfter(ref.plusDays(DAY_SLACK)) ? atYear(day, ref.getYear() - 1) : same;
      case FUTURE -> same.isBefore(ref.minusDays(DAY_SLACK)) ? atYear(day, ref.getYear() + 1)
          : same;
      case PRESENT, UNKNOWN -> same.isAfter(ref.plusDays(UNTENSED_SLACK))
          ? atYear(day, ref.getYear() - 1)
          : same.isBefore(ref.minusDays(300)) ? atYear(day, ref.getYear() + 1)
          : same;
    };
  }

  /**
   * "last Oct. 23" (the latest before the reference), "next March 6" (the first after it), "this
   * March 6" (the reference's year).
   */
  public static LocalDate dayOfMonthShift(LocalDate ref, MonthDay day, String direction) {
    LocalDate same = atYear(day, ref.getYear());
    return switch (direction) {
      case "last" -> same.isBefore(ref) ? same : atYear(day, ref.getYear() - 1);
      case "next" -> same.isAfter(ref) ? same : atYear(day, ref.getYear() + 1);
      default -> same;
    };
  }

  /** The year of a quarter named without one ("the third quarter"). */
  public static int yearOfQuarter(LocalDate ref, int quarter, Tense tense) {
    int current = (ref.getMonthValue() - 1) / 3 + 1;
    return switch (tense) {
      case PAST -> quarter <= current ? ref.getYear() : ref.getYear() - 1;
      // Results are reported after a quarter ends: "will report third-quarter results" in October.
      case FUTURE -> quarter >= current - 1 ? ref.getYear() : ref.getYear() + 1;
      case PRESENT, UNKNOWN -> ref.getYear();
    };
  }

  private static LocalDate atYear(MonthDay day, int year) {
    return day.atYear(year);
  }

  private static LocalDate nearest(LocalDate ref, LocalDate... candidates) {
    LocalDate best = candidates[0];
    for (LocalDate c : candidates) {
      if (Math.abs(ChronoUnit.DAYS.between(ref, c)) < Math.abs(ChronoUnit.DAYS.between(ref, best))) {
        best = c;
      }
    }
    return best;
  }
}
