package org.newsentities.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.model.DateExpr;

/** Dates of earnings reports: which period a year-ago comparison points at. */
class ReportingPeriodTest {

  private static final DateNormalizer RULES = DateNormalizer.withDefaultRules();
  /** A Thursday, in the season of third-quarter reports. */
  private static final Optional<LocalDate> OCT_26_1989 = Optional.of(LocalDate.of(1989, 10, 26));

  private static List<DateExpr> values(FakeText text) {
    return RULES.normalize(text.build(), OCT_26_1989);
  }

  private static void assertValue(String text, String value, DateExpr d) {
    assertEquals(text, d.text());
    assertEquals(Optional.of(value), d.value(), d.toString());
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
    assertValue("the third quarter", "1989-Q3", d.get(0));
    assertValue("the nine months", "P9M", d.get(1));
    assertValue("a year earlier", "1988", d.get(2));
    assertValue("year-earlier", "1988", d.get(3));
  }

  @Test
  void theYearAgoPeriodAfterTheNineMonthsIsItsYear() {
    FakeText t = FakeText.of("Net/NN rose/VBD in/IN the/DT third/JJ quarter/NN ./. "
        + "In/IN the/DT first/JJ nine/CD months/NNS ,/, net/NN was/VBD $/$ 306/CD million/CD ,/, "
        + "compared/VBN with/IN a/DT loss/NN of/IN $/$ 195/CD million/CD in/IN the/DT 1988/CD "
        + "period/NN ./.")
        .timex("the first nine months", "DURATION", "P9M").timex("1988", "DATE", "1988");
    List<DateExpr> d = values(t);
    assertValue("the 1988 period", "1988", d.get(d.size() - 1));
  }

  @Test
  void aQuarterNamedAfterTheNineMonthsBringsBackTheYearAgoQuarter() {
    FakeText t = FakeText.of("In/IN the/DT nine/CD months/NNS ,/, net/NN rose/VBD 5/CD %/NN ./. "
        + "Third-quarter/JJ profit/NN rose/VBD to/TO $/$ 5/CD million/CD from/IN $/$ 4/CD "
        + "million/CD a/DT year/NN ago/RB ./.")
        .timex("the nine months", "DURATION", "P9M").timex("Third-quarter", "DATE", "1989-Q3")
        .timex("a year ago", "DATE", "1988");
    List<DateExpr> d = values(t);
    assertValue("a year ago", "1988-Q3", d.get(d.size() - 1));
  }

  @Test
  void theFiscalYearEndedIsALengthAndTheCurrentFiscalYearADate() {
    FakeText ended = FakeText.of("In/IN the/DT fiscal/JJ year/NN ended/VBD Jan./NNP 31/CD ,/, "
        + "sales/NNS rose/VBD ./.").timex("the fiscal year", "DATE", "1989")
        .timex("Jan. 31", "DATE", "1989-01-31");
    DateExpr year = values(ended).get(0);
    assertValue("the fiscal year", "P1Y", year);
    assertEquals("DURATION", year.type());
    FakeText current = FakeText.of("It/PRP expects/VBZ higher/JJR sales/NNS in/IN the/DT "
        + "current/JJ fiscal/JJ year/NN ./.").timex("the current fiscal year", "DATE", "1989");
    assertEquals("DATE", values(current).get(0).type());
  }
}
