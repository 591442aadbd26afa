package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.eval.TimeMlDocument.GoldTimex;
import org.newsentities.model.DateExpr;

/** Hand-made gold/prediction pairs whose counts were worked out on paper. */
class TimeMlScorerTest {

  //                        0         1         2         3         4         5
  //                        0123456789012345678901234567890123456789012345678901234
  private static final String TEXT = "He left on Friday and came back two weeks later today.";
  private static final TimeMlDocument GOLD = new TimeMlDocument("d1", LocalDate.of(2000, 1, 7),
      TEXT, List.of(
          new GoldTimex("t1", "Friday", 11, 17, "DATE", "2000-01-07"),
          new GoldTimex("t2", "two weeks", 32, 41, "DURATION", "P2W"),
          new GoldTimex("t3", "today", 48, 53, "DATE", "2000-01-07")));

  private static DateExpr pred(int start, int end, String type, String value) {
    return new DateExpr(TEXT.substring(start, end), start, end, type, Optional.ofNullable(value));
  }

  @Test
  void identicalAnnotationsScoreOne() {
    TimeMlScore s = TimeMlScorer.score(GOLD, List.of(
        pred(11, 17, "DATE", "2000-01-07"), pred(32, 41, "DURATION", "P2W"),
        pred(48, 53, "DATE", "2000-01-07")), false);
    assertEquals(new Prf(3, 0, 0), s.strict());
    assertEquals(new Prf(3, 0, 0), s.relaxed());
    assertEquals(new Prf(3, 0, 0), s.value());
    assertEquals(1.0, s.typeAccuracy());
  }

  @Test
  void noPredictionScoresZeroWithEveryGoldMissed() {
    TimeMlScore s = TimeMlScorer.score(GOLD, List.of(), true);
    assertEquals(new Prf(0, 0, 3), s.strict());
    assertEquals(new Prf(0, 0, 3), s.value());
    assertEquals(0.0, s.value().f1());
    assertEquals(3, s.errors().stream().filter(e -> e.kind().equals("FN")).count());
  }

  @Test
  void predictionsElsewhereScoreZeroAndCountAsFalsePositives() {
    TimeMlScore s = TimeMlScorer.score(GOLD, List.of(pred(0, 2, "DATE", "2000-01-07"),
        pred(22, 26, "DATE", "2000-01-07")), false);
    assertEquals(new Prf(0, 2, 3), s.relaxed());
    assertEquals(new Prf(0, 2, 3), s.value());
    assertEquals(0.0, s.relaxed().f1());
  }

  @Test
  void overlapMatchesRelaxedButNotStrictAndValueStillCounts() {
    // "two weeks later" vs gold "two weeks"; "on Friday" with a wrong value; "today" without one.
    TimeMlScore s = TimeMlScorer.score(GOLD, List.of(pred(8, 17, "DATE", "2000-01-14"),
        pred(32, 47, "DURATION", "P2W"), pred(48, 53, "DATE", null)), true);
    assertEquals(new Prf(1, 2, 2), s.strict());
    assertEquals(new Prf(3, 0, 0), s.relaxed());
    assertEquals(new Prf(1, 2, 2), s.value());
    assertEquals(1.0 / 3, s.valueAccuracy(), 1e-9);
    assertEquals(2, s.errors().stream().filter(e -> e.kind().equals("SPAN")).count());
    assertEquals(2, s.errors().stream().filter(e -> e.kind().equals("VALUE")).count());
  }

  @Test
  void onePredictionCoveringTwoGoldExpressionsMatchesOnlyOne() {
    TimeMlScore s = TimeMlScorer.score(GOLD, List.of(pred(32, 53, "DURATION", "P2W")), false);
    assertEquals(new Prf(1, 0, 2), s.relaxed());
    assertEquals(new Prf(1, 0, 2), s.value());
  }

  @Test
  void wrongTypeLowersTypeAccuracyOnly() {
    TimeMlScore s = TimeMlScorer.score(GOLD, List.of(pred(32, 41, "DATE", "P2W")), false);
    assertEquals(new Prf(1, 0, 2), s.relaxed());
    assertEquals(new Prf(0, 1, 3), s.type());
    assertEquals(0.0, s.typeAccuracy());
    assertEquals(new Prf(1, 0, 2), s.value());
  }

  @Test
  void scoresAddUpOverDocuments() {
    TimeMlScore one = TimeMlScorer.score(GOLD, List.of(pred(11, 17, "DATE", "2000-01-07")), false);
    TimeMlScore sum = one.plus(one);
    assertEquals(new Prf(2, 0, 4), sum.value());
    assertEquals(new Prf(2, 0, 4), sum.strict());
  }

  @Test
  void contextShowsTheExpressionInBrackets() {
    assertEquals("He left on [Friday] and came back two weeks later today.",
        TimeMlScorer.context(TEXT, 11, 17));
  }
}
