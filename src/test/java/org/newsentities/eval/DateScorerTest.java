package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.model.DateExpr;

class DateScorerTest {

  private static final List<DocGold.GoldDate> GOLD = List.of(
      new DocGold.GoldDate("Next year", "DATE", "2005"),
      new DocGold.GoldDate("2005", "DATE", "2005"),
      new DocGold.GoldDate("five years", "DURATION", "P5Y"),
      new DocGold.GoldDate("July", "DATE", "2004-07"));

  @Test
  void datesMatchOnValueAndRepeatedExpressionsCountOnce() {
    Scored s = DateScorer.score("d", "", GOLD, List.of(
        date("Next year", "DATE", "2005"), date("next year", "DATE", "2005"),
        date("2005", "DATE", "2005"), date("five years", "DURATION", "P5Y"),
        date("July", "DATE", "2005-07")));
    // Next year and 2005 match; the repeated "next year" is one expression; July has a wrong year.
    assertEquals(new Prf(3, 1, 1), s.row(DateScorer.ALL));
    assertEquals(new Prf(2, 1, 1), s.row(DateScorer.typeRow("DATE")));
    assertEquals(new Prf(1, 0, 0), s.row(DateScorer.typeRow("DURATION")));
    assertEquals(3, s.count(DateScorer.TYPE_RIGHT));
  }

  @Test
  void aDateWithoutValueIsCountedButNotScored() {
    Scored s = DateScorer.score("d", "", GOLD, List.of(date("Wednesday", "DATE", null)));
    assertEquals(new Prf(0, 0, 4), s.row(DateScorer.ALL));
    assertEquals(1, s.count(DateScorer.WITHOUT_VALUE));
  }

  @Test
  void aWrongTypeStillMatchesOnValueButCostsTypeAccuracy() {
    Scored s = DateScorer.score("d", "", GOLD, List.of(date("five years", "DATE", "P5Y")));
    assertEquals(1, s.count(DateScorer.MATCHED));
    assertEquals(0, s.count(DateScorer.TYPE_RIGHT));
    assertEquals(new Prf(0, 0, 1), s.row(DateScorer.typeRow("DURATION")));
  }

  @Test
  void noCommonValueScoresZero() {
    Scored s = DateScorer.score("d", "", GOLD, List.of(date("1960", "DATE", "1960")));
    assertEquals(new Prf(0, 1, 4), s.row(DateScorer.ALL));
    assertEquals(0.0, s.row(DateScorer.ALL).f1());
  }

  private static DateExpr date(String text, String type, String value) {
    return new DateExpr(text, 0, text.length(), type, Optional.ofNullable(value));
  }
}
