package org.newsentities.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsentities.extract.dates.DateNormalizerTest.assertDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.model.DateExpr;

/** Dates of earnings reports: which period a year-ago comparison points at. */
class ReportingPeriodTest {

  /** A Thursday, in the season of third-quarter reports. */
  private static final Optional<LocalDate> OCT_26_1989 = Optional.of(LocalDate.of(1989, 10, 26));

  private static List<DateExpr> values(FakeText text) {
    return DateNormalizerTest.dates(text, OCT_26_1989);
  }

  @Test
  void yearAgoAfterTheNineMonthsIsTheYearBefore() {
    FakeText t = FakeText.of("Net/NN rose/VBD in/IN the/DT third/JJ quarter/NN ./. "
        + "In/IN the/DT nine/CD months/NNS ,/, net/NN rose/VBD to/TO $/$ 5/CD million/CD "
        + "from/IN $/$ 4/CD million/CD a/DT year/NN earlier/RB ./. "
        + "The/DT year-earlier/JJ results/NNS included/VBD a/DT charge/NN ./.")
        .timex("the nine months", "DURATION", "P9M").timex("a year earlier", "DATE", "1988")
        .timex("year-earlier", "DATE", "1988");
    List<DateExpr> d = values(t);
    assertEquals(4, d.size(), d.toString());
    assertDate("the third quarter", "DATE", "1989-Q3", d.get(0));
    assertDate("the nine months", "DURATION", "P9M", d.get(1));
    assertDate("a year earlier", "DATE", "1988", d.get(2));
    assertDate("year-earlier", "DATE", "1988", d.get(3));
  }

  @Test
  void theYearAgoPeriodAfterTheNineMonthsIsItsYear() {
    FakeText t = FakeText.of("Net/NN rose/VBD in/IN the/DT third/JJ quarter/NN ./. "
        + "In/IN the/DT first/JJ nine/CD months/NNS ,/, net/NN was/VBD $/$ 306/CD million/CD ,/, "
        + "compared/VBN with/IN a/DT loss/NN of/IN $/$ 195/CD million/CD in/IN the/DT 1988/CD "
        + "period/NN ./.")
        .timex("the first nine months", "DURATION", "P9M").timex("1988", "DATE", "1988");
    List<DateExpr> d = values(t);
    assertDate("the 1988 period", "DATE", "1988", d.get(d.size() - 1));
  }

  @Test
  void aQuarterNamedAfterTheNineMonthsBringsBackTheYearAgoQuarter() {
    FakeText t = FakeText.of("In/IN the/DT nine/CD months/NNS ,/, net/NN rose/VBD 5/CD %/NN ./. "
        + "Third-quarter/JJ profit/NN rose/VBD to/TO $/$ 5/CD million/CD from/IN $/$ 4/CD "
        + "million/CD a/DT year/NN ago/RB ./.")
        .timex("the nine months", "DURATION", "P9M").timex("Third-quarter", "DATE", "1989-Q3")
        .timex("a year ago", "DATE", "1988");
    List<DateExpr> d = values(t);
    assertDate("a year ago", "DATE", "1988-Q3", d.get(d.size() - 1));
  }

  @Test
  void theFiscalYearEndedIsALengthAndTheCurrentFiscalYearADate() {
    FakeText ended = FakeText.of("In/IN the/DT fiscal/JJ year/NN ended/VBD Jan./NNP 31/CD ,/, "
        + "sales/NNS rose/VBD ./.").timex("the fiscal year", "DATE", "1989")
        .timex("Jan. 31", "DATE", "1989-01-31");
    assertDate("the fiscal year", "DURATION", "P1Y", values(ended).get(0));
    FakeText current = FakeText.of("It/PRP expects/VBZ higher/JJR sales/NNS in/IN the/DT "
        + "current/JJ fiscal/JJ year/NN ./.").timex("the current fiscal year", "DATE", "1989");
    assertDate("the current fiscal year", "DATE", "1989", values(current).get(0));
  }
}
