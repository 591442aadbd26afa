package org.newsentities.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimexValuesTest {

  @Test
  void acceptsTimex3ValuesAndRejectsSutimeNotation() {
    for (String ok : new String[] {"2023-03-06", "2023-03", "2023", "199", "2023-W08",
        "2023-W08-WE", "1989-Q3", "1990-H1", "1998-SU", "2000-01-05TNI", "1998-08-07T10:35",
        "PRESENT_REF", "2023-03-06/2023-03-07"}) {
      assertTrue(TimexValues.isValid("DATE", ok), ok);
    }
    for (String bad : new String[] {"THIS P1W", "XXXX-WXX-1 INTERSECT P1D", "2023-13", "",
        "1988-10-26 OFFSET P1Y", "PT48H"}) {
      assertFalse(TimexValues.isValid("DATE", bad), bad);
    }
    assertTrue(TimexValues.isValid("DURATION", "P2W"));
    assertTrue(TimexValues.isValid("DURATION", "PT5H30M"));
    assertTrue(TimexValues.isValid("DURATION", "PXY"));
    assertFalse(TimexValues.isValid("DURATION", "P"));
    assertTrue(TimexValues.isValid("SET", "P1D"));
    assertTrue(TimexValues.isValid("SET", "XXXX-WXX-1"));
  }

  @Test
  void weeksAreIsoWeeksOfTheWeekBasedYear() {
    assertEquals("2023-W08", TimexValues.week(LocalDate.of(2023, 2, 26)));
    assertEquals("2020-W53", TimexValues.week(LocalDate.of(2021, 1, 1)));
  }

  @Test
  void durationsOfTimeUnitsTakeAT() {
    assertEquals("PT3H", TimexValues.duration("3", "TH"));
    assertEquals("PXD", TimexValues.duration("", "D"));
    assertEquals("PT5H30M", ValueResolver.durationValue("5.5", "TH"));
    assertEquals("P20Y", ValueResolver.durationValue("2", "DE"));
  }

  @Test
  void numbersInWordsAndDigits() {
    NumberWords n = new NumberWords(DateLexicon.load(DateLexicon.DEFAULT_LOCATION));
    assertEquals(Optional.of("24"), n.amount("twenty four"));
    assertEquals(Optional.of("24"), n.amount("twenty-four"));
    assertEquals(Optional.of("100"), n.amount("a hundred"));
    assertEquals(Optional.of("18"), n.amount("18"));
    assertEquals(Optional.of("5.5"), n.amount("5 1/2"));
    assertEquals(Optional.of("X"), n.amount("several"));
    assertEquals(Optional.empty(), n.amount("many more"));
  }
}
