package org.newsentities.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AnchoringTest {

  private static final LocalDate THURSDAY = LocalDate.of(2012, 11, 15);

  @Test
  void weekdays() {
    assertEquals(LocalDate.of(2012, 11, 12), Anchoring.weekday(THURSDAY, DayOfWeek.MONDAY,
        Tense.PAST));
    assertEquals(LocalDate.of(2012, 11, 19), Anchoring.weekday(THURSDAY, DayOfWeek.MONDAY,
        Tense.FUTURE));
    assertEquals(THURSDAY, Anchoring.weekday(THURSDAY, DayOfWeek.THURSDAY, Tense.PAST));
    assertEquals(LocalDate.of(2012, 11, 22), Anchoring.weekday(THURSDAY, DayOfWeek.THURSDAY,
        Tense.FUTURE));
    // Untensed: the recent one, unless the coming one is much closer.
    assertEquals(LocalDate.of(2012, 11, 13), Anchoring.weekday(THURSDAY, DayOfWeek.TUESDAY,
        Tense.UNKNOWN));
    assertEquals(LocalDate.of(2012, 11, 16), Anchoring.weekday(THURSDAY, DayOfWeek.FRIDAY,
        Tense.UNKNOWN));
  }

  @Test
  void lastAndNextWeekdayAreStrictlyBeforeAndAfter() {
    assertEquals(LocalDate.of(2012, 11, 8), Anchoring.weekdayShift(THURSDAY, DayOfWeek.THURSDAY,
        -1));
    assertEquals(LocalDate.of(2012, 11, 20), Anchoring.weekdayShift(THURSDAY, DayOfWeek.TUESDAY,
        1));
  }

  @Test
  void monthsWithoutYear() {
    YearMonth nov = YearMonth.of(2012, 11);
    assertEquals(2012, Anchoring.yearOfMonth(nov, 7, Tense.PAST));
    assertEquals(2013, Anchoring.yearOfMonth(nov, 7, Tense.FUTURE));
    assertEquals(2012, Anchoring.yearOfMonth(nov, 12, Tense.PAST), "one month ahead: still 2012");
    assertEquals(2011, Anchoring.yearOfMonth(YearMonth.of(2012, 2), 11, Tense.PAST));
    assertEquals(2013, Anchoring.yearOfMonth(nov, 1, Tense.UNKNOWN), "untensed: the nearest");
    assertEquals(2012, Anchoring.yearOfMonth(nov, 8, Tense.UNKNOWN));
    assertEquals(2012, Anchoring.yearOfMonthShift(nov, 6, -1));
    assertEquals(2011, Anchoring.yearOfMonthShift(nov, 11, -1));
    assertEquals(2013, Anchoring.yearOfMonthShift(nov, 11, 1));
  }

  @Test
  void daysWithoutYearAreThisYearsUnlessTheTenseSaysOtherwise() {
    LocalDate may = LocalDate.of(1999, 5, 7);
    assertEquals(LocalDate.of(1998, 11, 3), Anchoring.dayOfMonth(may, MonthDay.of(11, 3),
        Tense.PAST));
    LocalDate jan = LocalDate.of(2000, 1, 5);
    assertEquals(LocalDate.of(2000, 1, 14), Anchoring.dayOfMonth(jan, MonthDay.of(1, 14),
        Tense.PAST), "a deadline nine days ahead told in the past tense");
    LocalDate nov = LocalDate.of(1989, 11, 2);
    assertEquals(LocalDate.of(1990, 6, 1), Anchoring.dayOfMonth(nov, MonthDay.of(6, 1),
        Tense.FUTURE));
    assertEquals(LocalDate.of(1989, 3, 31), Anchoring.dayOfMonth(nov, MonthDay.of(3, 31),
        Tense.UNKNOWN));
  }

  @Test
  void quarters() {
    LocalDate oct = LocalDate.of(1989, 10, 26);
    assertEquals(1989, Anchoring.yearOfQuarter(oct, 3, Tense.PAST));
    assertEquals(1989, Anchoring.yearOfQuarter(oct, 3, Tense.FUTURE), "results come after");
    assertEquals(1990, Anchoring.yearOfQuarter(oct, 1, Tense.FUTURE));
    assertEquals(1988, Anchoring.yearOfQuarter(LocalDate.of(1989, 2, 1), 4, Tense.PAST));
  }
}
