package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.model.DateExpr;

class TimeMlRangesTest {

  @Test
  void aDateRangeIsScoredAsItsTwoEnds() {
    String text = "prices rose between 2019 and 2021.";
    DateExpr range = new DateExpr("between 2019 and 2021", 12, 33, "DATE",
        Optional.of("2019/2021"));
    List<DateExpr> ends = TimeMlRanges.split(range);
    assertEquals(2, ends.size());
    assertEquals(new DateExpr("2019", 20, 24, "DATE", Optional.of("2019")), ends.get(0));
    assertEquals(new DateExpr("2021", 29, 33, "DATE", Optional.of("2021")), ends.get(1));
    for (DateExpr e : ends) {
      assertEquals(e.text(), text.substring(e.start(), e.end()));
    }
  }

  @Test
  void dayRangesSplitAtTheHyphen() {
    List<DateExpr> ends = TimeMlRanges.split(new DateExpr("6-7 March 2023", 100, 114, "DATE",
        Optional.of("2023-03-06/2023-03-07")));
    assertEquals("6", ends.get(0).text());
    assertEquals("7 March 2023", ends.get(1).text());
    assertEquals(Optional.of("2023-03-07"), ends.get(1).value());
  }

  @Test
  void durationsAndPointsStayWhole() {
    DateExpr duration = new DateExpr("two to three weeks", 0, 18, "DURATION",
        Optional.of("P2W/P3W"));
    DateExpr day = new DateExpr("March 6", 0, 7, "DATE", Optional.of("2023-03-06"));
    assertEquals(List.of(duration, day), TimeMlRanges.split(List.of(duration, day)));
  }
}
