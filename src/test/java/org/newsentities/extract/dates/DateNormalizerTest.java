package org.newsentities.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.model.DateExpr;

/** Each case of issue 5 on a hand-tagged sentence, against a fixed document date. */
class DateNormalizerTest {

  private static final DateNormalizer RULES = DateNormalizer.withDefaultRules();
  private static final Optional<LocalDate> MARCH_1_2023 = Optional.of(LocalDate.of(2023, 3, 1));
  private static final Optional<LocalDate> NOV_15_2012 = Optional.of(LocalDate.of(2012, 11, 15));

  static List<DateExpr> dates(FakeText text, Optional<LocalDate> documentDate) {
    return RULES.normalize(text.build(), documentDate);
  }

  private static DateExpr only(FakeText text, Optional<LocalDate> documentDate) {
    List<DateExpr> dates = dates(text, documentDate);
    assertEquals(1, dates.size(), dates.toString());
    return dates.get(0);
  }

  static void assertDate(String text, String type, String value, DateExpr d) {
    assertEquals(text, d.text());
    assertEquals(type, d.type());
    assertEquals(Optional.ofNullable(value), d.value(), d.toString());
  }

  @Test
  void dayRangeBeforeTheMonthIsOneRange() {
    FakeText t = FakeText.of("They/PRP will/MD meet/VB on/IN 6-7/CD March/NNP 2023/CD ./.")
        .timex("7 March 2023", "DATE", "2023-03-07");
    assertDate("6-7 March 2023", "DATE", "2023-03-06/2023-03-07", only(t, MARCH_1_2023));
  }

  @Test
  void dayRangeAfterTheMonthIsOneRange() {
    FakeText t = FakeText.of("The/DT talks/NNS will/MD run/VB March/NNP 6-8/CD ./.")
        .timex("March 6", "DATE", "2023-03-06");
    assertDate("March 6-8", "DATE", "2023-03-06/2023-03-08", only(t, MARCH_1_2023));
  }

  @Test
  void betweenTwoYearsIsOneRange() {
    FakeText t = FakeText.of("Prices/NNS rose/VBD between/IN 2019/CD and/CC 2021/CD ./.")
        .timex("2019", "DATE", "2019").timex("2021", "DATE", "2021");
    assertDate("between 2019 and 2021", "DATE", "2019/2021", only(t, MARCH_1_2023));
  }

  @Test
  void fromMondayToWednesdayInTheFutureIsNextWeek() {
    // 2023-03-01 is a Wednesday; SUTime marks the range as one DURATION with a useless value.
    FakeText t = FakeText.of("The/DT talks/NNS will/MD run/VB from/IN Monday/NNP to/TO "
        + "Wednesday/NNP ./.").timex("from Monday to Wednesday", "DURATION", "PT48H");
    assertDate("from Monday to Wednesday", "DATE", "2023-03-06/2023-03-08",
        only(t, MARCH_1_2023));
  }

  @Test
  void monthInAPastSentenceIsThisYearsAndInAFutureOneNextYears() {
    FakeText past = FakeText.of("The/DT company/NN said/VBD in/IN July/NNP that/IN it/PRP "
        + "lost/VBD money/NN ./.").timex("July", "DATE", "2012-07");
    assertDate("July", "DATE", "2012-07", only(past, NOV_15_2012));
    FakeText future = FakeText.of("It/PRP will/MD report/VB results/NNS in/IN July/NNP ./.")
        .timex("July", "DATE", "2012-07");
    assertDate("July", "DATE", "2013-07", only(future, NOV_15_2012));
  }

  @Test
  void weekdayFollowsTheTense() {
    // 2012-11-15 is a Thursday.
    FakeText future = FakeText.of("The/DT meeting/NN will/MD begin/VB on/IN Monday/NNP ./.")
        .timex("Monday", "DATE", "2012-11-12");
    assertDate("Monday", "DATE", "2012-11-19", only(future, NOV_15_2012));
    FakeText past = FakeText.of("He/PRP said/VBD on/IN Monday/NNP that/IN it/PRP failed/VBD ./.")
        .timex("Monday", "DATE", "2012-11-19");
    assertDate("Monday", "DATE", "2012-11-12", only(past, NOV_15_2012));
  }

  @Test
  void relativeExpressionsHaveTheGranularityTheyName() {
    FakeText t = FakeText.of("Last/JJ week/NN ,/, sales/NNS fell/VBD ./. Next/JJ month/NN they/PRP "
        + "will/MD rise/VB ./. Earlier/RBR this/DT year/NN ,/, and/CC two/CD years/NNS ago/RB ,/, "
        + "the/DT firm/NN grew/VBD ./.")
        .timex("Last week", "DATE", "2012-W45").timex("Next month", "DATE", "2012-12")
        .timex("Earlier this year", "DATE", "THIS P1Y")
        .timex("two years ago", "DATE", "2010-11-15");
    List<DateExpr> d = dates(t, NOV_15_2012);
    assertEquals(4, d.size(), d.toString());
    assertDate("Last week", "DATE", "2012-W45", d.get(0));
    assertDate("Next month", "DATE", "2012-12", d.get(1));
    assertDate("Earlier this year", "DATE", "2012", d.get(2));
    assertDate("two years ago", "DATE", "2010", d.get(3));
  }

  @Test
  void trailingWordsThatAreNotPartOfTheExpressionAreCut() {
    FakeText t = FakeText.of("Albright/NNP said/VBD Monday/NNP before/IN leaving/VBG ./. "
        + "Three/CD days/NNS later/RB ,/, he/PRP left/VBD ./.")
        .timex("Monday before", "DATE", "XXXX-WXX-1").timex("Three days later", "DATE", "OFFSET");
    List<DateExpr> d = dates(t, NOV_15_2012);
    assertEquals(2, d.size(), d.toString());
    assertDate("Monday", "DATE", "2012-11-12", d.get(0));
    assertDate("Three days", "DURATION", "P3D", d.get(1));
  }

  @Test
  void aVerbIsNotPartOfTheExpression() {
    FakeText t = FakeText.of("The/DT talks/NNS will/MD last/VB two/CD days/NNS ./.")
        .timex("last two days", "DURATION", "P2D");
    assertDate("two days", "DURATION", "P2D", only(t, NOV_15_2012));
  }

  @Test
  void durationsAndSets() {
    FakeText t = FakeText.of("For/IN two/CD weeks/NNS ,/, shares/NNS traded/VBD every/DT day/NN "
        + "and/CC weekly/JJ ./.").timex("two weeks", "DURATION", "P2W")
        .timex("every day", "SET", "P1D").timex("weekly", "SET", "P1W");
    List<DateExpr> d = dates(t, NOV_15_2012);
    assertEquals(3, d.size(), d.toString());
    assertDate("two weeks", "DURATION", "P2W", d.get(0));
    assertDate("every day", "SET", "P1D", d.get(1));
    assertDate("weekly", "SET", "P1W", d.get(2));
  }

  @Test
  void withoutADocumentDateRelativeExpressionsHaveNoValueButAbsoluteOnesDo() {
    FakeText t = FakeText.of("He/PRP left/VBD on/IN Monday/NNP ,/, March/NNP 6/CD ,/, not/RB "
        + "in/IN 2019/CD ./.").timex("Monday", "DATE", "XXXX-WXX-1")
        .timex("March 6", "DATE", "XXXX-03-06").timex("2019", "DATE", "2019");
    List<DateExpr> d = dates(t, Optional.empty());
    assertEquals(3, d.size(), d.toString());
    assertDate("Monday", "DATE", null, d.get(0));
    assertDate("March 6", "DATE", null, d.get(1));
    assertDate("2019", "DATE", "2019", d.get(2));
  }

  @Test
  void aValueTheRulesCannotCheckIsLeftEmptyRatherThanGuessed() {
    // No rule reads "the days after the vote"; SUTime's own notation is not a TIMEX3 value.
    FakeText t = FakeText.of("In/IN the/DT days/NNS after/IN the/DT vote/NN ,/, it/PRP "
        + "fell/VBD ./.").timex("the days after the vote", "DATE", "THIS P1D OFFSET P1D");
    DateExpr d = only(t, NOV_15_2012);
    assertEquals(Optional.empty(), d.value());
  }

  @Test
  void wordsThatAreNotDatesAreDropped() {
    FakeText t = FakeText.of("The/DT SEC/NNP once/RB said/VBD Jan/NNP Kavan/NNP would/MD "
        + "march/VB ./.").timex("The SEC", "TIME", "2012-11-15TXX:XX").timex("once", "DATE",
            "PAST_REF").timex("Jan", "DATE", "2013-01").timex("march", "DATE", "2013-03");
    assertEquals(List.of(), dates(t, NOV_15_2012));
  }

  @Test
  void theQuarterAnArticleReportsOnAnchorsYearAgoComparisons() {
    FakeText t = FakeText.of("Net/JJ income/NN rose/VBD in/IN the/DT third/JJ quarter/NN ./. "
        + "It/PRP earned/VBD $/$ 5/CD million/CD a/DT year/NN ago/RB ./.")
        .timex("a year ago", "DATE", "1988-10-26");
    List<DateExpr> d = dates(t, Optional.of(LocalDate.of(1989, 10, 26)));
    assertEquals(2, d.size(), d.toString());
    assertDate("the third quarter", "DATE", "1989-Q3", d.get(0));
    assertDate("a year ago", "DATE", "1988-Q3", d.get(1));
  }

  @Test
  void documentDateIsInferredFromAFutureWeekdayAndTheDateItFallsOn() {
    FakeText t = FakeText.of("The/DT dialogue/NN will/MD begin/VB on/IN Monday/NNP ./. "
        + "It/PRP will/MD be/VB held/VBN on/IN 6-7/CD March/NNP 2023/CD ./. "
        + "The/DT ministry/NN said/VBD in/IN a/DT statement/NN on/IN Sunday/NNP ./.")
        .timex("Monday", "DATE", "XXXX-WXX-1").timex("7 March 2023", "DATE", "2023-03-07")
        .timex("Sunday", "DATE", "XXXX-WXX-7");
    assertEquals(Optional.of(LocalDate.of(2023, 3, 5)), RULES.inferDocumentDate(t.build()));
  }

  @Test
  void aLoneHistoricDateDoesNotDateTheArticle() {
    FakeText t = FakeText.of("Ties/NNS changed/VBD after/IN September/NNP 11,/CD 2001/CD ./.")
        .timex("September 11, 2001", "DATE", "2001-09-11");
    assertTrue(RULES.inferDocumentDate(t.build()).isEmpty());
  }

  @Test
  void everyOffsetIndexesTheText() {
    FakeText t = FakeText.of("They/PRP will/MD meet/VB on/IN 6-7/CD March/NNP 2023/CD and/CC "
        + "talk/VB from/IN Monday/NNP to/TO Wednesday/NNP ./.")
        .timex("7 March 2023", "DATE", "2023-03-07")
        .timex("from Monday to Wednesday", "DURATION", "PT48H");
    AnnotatedText a = t.build();
    for (DateExpr d : RULES.normalize(a, MARCH_1_2023)) {
      assertEquals(d.text(), a.text().substring(d.start(), d.end()));
    }
  }

  @Test
  void weekdaysFollowTheVerbThatGovernsThem() {
    // 2012-11-15 is a Thursday.
    FakeText court = FakeText.of("He/PRP will/MD stay/VB even/RB after/IN a/DT court/NN "
        + "Thursday/NNP refused/VBD ./.").timex("Thursday", "DATE", "2012-11-22");
    assertDate("Thursday", "DATE", "2012-11-15", only(court, NOV_15_2012));
    FakeText postponed = FakeText.of("They/PRP postponed/VBD action/NN until/IN Tuesday/NNP ./.")
        .timex("Tuesday", "DATE", "2012-11-13");
    assertDate("Tuesday", "DATE", "2012-11-20", only(postponed, NOV_15_2012));
    FakeText scheduled = FakeText.of("He/PRP has/VBZ scheduled/VBN a/DT news/NN conference/NN "
        + "Friday/NNP ./.").timex("Friday", "DATE", "2012-11-09");
    assertDate("Friday", "DATE", "2012-11-16", only(scheduled, NOV_15_2012));
  }

  @Test
  void aRangeFromNowIsTwoExpressions() {
    FakeText tagged = FakeText.of("He/PRP will/MD stay/VB between/IN now/RB and/CC Feb./NNP 10/CD "
        + "./.").timex("between now and Feb. 10", "DATE", "PRESENT_REF/XXXX-02-10");
    List<DateExpr> ends = dates(tagged, NOV_15_2012);
    assertEquals(2, ends.size(), ends.toString());
    assertDate("now", "DATE", "PRESENT_REF", ends.get(0));
    assertDate("Feb. 10", "DATE", "2013-02-10", ends.get(1));
    FakeText apart = FakeText.of("It/PRP is/VBZ our/PRP$ theme/NN from/IN now/RB to/TO "
        + "December/NNP 3/CD ./.").timex("now", "DATE", "PRESENT_REF")
        .timex("December 3", "DATE", "2012-12-03");
    ends = dates(apart, NOV_15_2012);
    assertEquals(2, ends.size(), ends.toString());
    assertDate("now", "DATE", "PRESENT_REF", ends.get(0));
    assertDate("December 3", "DATE", "2012-12-03", ends.get(1));
  }

  @Test
  void thatYearAndTheFollowingMonthAreAnchoredOnTheDateLastNamed() {
    FakeText year = FakeText.of("He/PRP came/VBD in/IN June/NNP 1998/CD and/CC left/VBD later/RB "
        + "that/DT year/NN ./.").timex("June 1998", "DATE", "1998-06");
    List<DateExpr> found = dates(year, NOV_15_2012);
    assertEquals(2, found.size(), found.toString());
    assertDate("later that year", "DATE", "1998", found.get(1));
    FakeText month = FakeText.of("It/PRP rose/VBD in/IN March/NNP ./. The/DT following/VBG "
        + "month/NN ,/, it/PRP fell/VBD ./.").timex("March", "DATE", "2012-03")
        .timex("The following month", "DATE", "2012-12");
    found = dates(month, NOV_15_2012);
    assertDate("The following month", "DATE", "2012-04", found.get(1));
    FakeText day = FakeText.of("He/PRP was/VBD shot/VBN Oct./NNP 23/CD 1998/CD ./. "
        + "Earlier/RBR that/DT day/NN ,/, they/PRP met/VBD ./.")
        .timex("Oct. 23 1998", "DATE", "1998-10-23");
    found = dates(day, NOV_15_2012);
    assertDate("Earlier that day", "DATE", "1998-10-23", found.get(1));
    FakeText alone = FakeText.of("Sales/NNS rose/VBD that/DT year/NN ./.");
    assertDate("that year", "DATE", null, only(alone, NOV_15_2012));
  }

  @Test
  void everyJulyIsASetOfMonths() {
    FakeText t = FakeText.of("They/PRP march/VBP each/DT July/NNP ./.")
        .timex("each July", "SET", "XXXX-07 INTERSECT P1Y");
    assertDate("each July", "SET", "XXXX-07", only(t, NOV_15_2012));
  }

  @Test
  void aHyphenatedQuarterLeavesItsDeterminerOut() {
    FakeText modifier = FakeText.of("It/PRP reported/VBD its/PRP$ third-quarter/JJ loss/NN ./.")
        .timex("its third-quarter", "DATE", "2012-Q3");
    assertDate("third-quarter", "DATE", "2012-Q3", only(modifier, NOV_15_2012));
    FakeText noun = FakeText.of("It/PRP lost/VBD money/NN in/IN the/DT third/JJ quarter/NN ./.")
        .timex("the third quarter", "DATE", "2012-Q3");
    assertDate("the third quarter", "DATE", "2012-Q3", only(noun, NOV_15_2012));
  }

  @Test
  void aQuotedTitleOfTimeWordsIsNotADate() {
    FakeText show = FakeText.of("He/PRP spoke/VBD on/IN ABC/NNP 's/POS \"/`` This/DT Week/NN ,/, "
        + "\"/'' on/IN Sunday/NNP ./.").timex("This Week", "DATE", "2012-W46")
        .timex("Sunday", "DATE", "2012-11-11");
    assertDate("Sunday", "DATE", "2012-11-11", only(show, NOV_15_2012));
    FakeText campaign = FakeText.of("They/PRP staged/VBD \"/`` Spring/NNP of/IN Life/NNP \"/'' "
        + "rallies/NNS ./.").timex("Spring", "DATE", "2013-SP");
    assertTrue(dates(campaign, NOV_15_2012).isEmpty());
    FakeText quote = FakeText.of("He/PRP said/VBD :/: \"/`` Now/RB we/PRP go/VBP ./. \"/''")
        .timex("Now", "DATE", "PRESENT_REF");
    assertDate("Now", "DATE", "PRESENT_REF", only(quote, NOV_15_2012));
  }

  @Test
  void anOrdinalCenturyIsWrittenWithTheFirstDigitsOfItsYears() {
    FakeText t = FakeText.of("She/PRP is/VBZ a/DT 20th/JJ century/NN democrat/NN ;/: the/DT "
        + "nineteenth/JJ century/NN was/VBD different/JJ ./.")
        .timex("20th century", "DATE", "19XX").timex("the nineteenth century", "DATE", "18XX");
    List<DateExpr> d = dates(t, NOV_15_2012);
    assertEquals(2, d.size(), d.toString());
    assertDate("20th century", "DATE", "19", d.get(0));
    assertDate("the nineteenth century", "DATE", "18", d.get(1));
  }

  @Test
  void lastOrNextBeforeAMonthAndDayPicksTheYear() {
    // The tagger stops at "last Oct." and loses the day.
    FakeText t = FakeText.of("He/PRP was/VBD shot/VBN last/JJ Oct./NNP 23/CD at/IN home/NN ./. "
        + "The/DT trial/NN opens/VBZ next/JJ March/NNP 6/CD ./.")
        .timex("last Oct.", "DATE", "2022-10").timex("next March 6", "DATE", "2024-03-06");
    List<DateExpr> d = dates(t, MARCH_1_2023);
    assertEquals(2, d.size(), d.toString());
    assertDate("last Oct. 23", "DATE", "2022-10-23", d.get(0));
    assertDate("next March 6", "DATE", "2023-03-06", d.get(1));
  }

  @Test
  void theWeekOfADayIsThatWeek() {
    FakeText t = FakeText.of("A/DT hearing/NN is/VBZ set/VBN for/IN the/DT week/NN of/IN "
        + "March/NNP 6/CD ./.").timex("March 6", "DATE", "2023-03-06");
    assertDate("the week of March 6", "DATE", "2023-W10", only(t, MARCH_1_2023));
  }

  @Test
  void aMarchThatIsAProtestIsNotADate() {
    FakeText t = FakeText.of("He/PRP was/VBD arrested/VBN at/IN this/DT march/NN ./. She/PRP "
        + "led/VBD the/DT March/NNP of/IN the/DT Combatant/NNP Mothers/NNPS in/IN March/NNP "
        + "of/IN 1998/CD ./.")
        .timex("this march", "DATE", "2012-03").timex("March", "DATE", "2012-03")
        .timex("March of 1998", "DATE", "1998-03");
    assertDate("March of 1998", "DATE", "1998-03", only(t, NOV_15_2012));
  }

  @Test
  void theDayBeforeADateIsTheDayBefore() {
    // 2000-02-24 is a Thursday: "last Tuesday" is 2000-02-22.
    FakeText t = FakeText.of("The/DT day/NN before/IN last/JJ Tuesday/NNP 's/POS hearing/NN ,/, "
        + "he/PRP went/VBD home/NN ./.")
        .timex("The day before last Tuesday", "DATE", "2000-02-14");
    assertDate("The day before last Tuesday", "DATE", "2000-02-21",
        only(t, Optional.of(LocalDate.of(2000, 2, 24))));
  }

  @Test
  void thePastThreeSummersIsTheSetOfSummers() {
    // The tagger splits it into "the past" and "summers".
    FakeText t = FakeText.of("Marches/NNS led/VBD to/TO violence/NN for/IN the/DT past/JJ "
        + "three/CD summers/NNS ./.")
        .timex("the past", "DATE", "PAST_REF").timex("summers", "SET", "XXXX-SU");
    assertDate("the past three summers", "SET", "XXXX-SU", only(t, NOV_15_2012));
  }

  @Test
  void aPartOfTheDayNamedWithYesterdayIsATimeOfThatDay() {
    FakeText t = FakeText.of("At/IN mid-afternoon/NN yesterday/NN ,/, shares/NNS rose/VBD ./.")
        .timex("yesterday", "DATE", "2012-11-14");
    assertDate("mid-afternoon yesterday", "TIME", "2012-11-14TAF", only(t, NOV_15_2012));
  }

  @Test
  void aYearAfterPreOrPostIsThatYear() {
    FakeText t = FakeText.of("The/DT post-1959/JJ politics/NNS split/VBD families/NNS ./.");
    assertDate("post-1959", "DATE", "1959", only(t, NOV_15_2012));
  }

  @Test
  void aClockTimeTakesTheDayThatAnotherTimeOfItsSentenceNames() {
    // 2000-04-05 is a Wednesday; the tagger puts the bare clock time on the document date.
    FakeText t = FakeText.of("He/PRP will/MD leave/VB at/IN 4/CD in/IN the/DT morning/NN (/-LRB- "
        + "4/CD a.m./RB EDT/NNP Thursday/NNP )/-RRB- ./.")
        .timex("4 in the morning", "TIME", "2000-04-05T04:00")
        .timex("4 a.m. EDT Thursday", "TIME", "2000-04-06T04:00-0400");
    List<DateExpr> d = dates(t, Optional.of(LocalDate.of(2000, 4, 5)));
    assertEquals(2, d.size(), d.toString());
    assertDate("4 in the morning", "TIME", "2000-04-06T04:00", d.get(0));
    assertDate("4 a.m. EDT Thursday", "TIME", "2000-04-06T04:00", d.get(1));
  }

  @Test
  void aBareDayAfterAndIsADayOfTheMonthJustNamed() {
    FakeText t = FakeText.of("The/DT summit/NN is/VBZ on/IN April/NNP 24/CD and/CC 25/CD ,/, "
        + "with/IN sales/NNS up/RB 5/CD and/CC 6/CD percent/NN ./.")
        .timex("April 24", "DATE", "1999-04-24");
    List<DateExpr> d = dates(t, Optional.of(LocalDate.of(1999, 2, 10)));
    assertEquals(2, d.size(), d.toString());
    assertDate("April 24", "DATE", "1999-04-24", d.get(0));
    assertDate("25", "DATE", "1999-04-25", d.get(1));
    FakeText clock = FakeText.of("They/PRP met/VBD on/IN April/NNP 24/CD and/CC at/IN 10/CD "
        + "left/VBD ./.").timex("April 24", "DATE", "1999-04-24").timex("10", "TIME", "T10:00");
    assertEquals(Optional.empty(), dates(clock, Optional.of(LocalDate.of(1999, 2, 10))).get(1)
        .value());
  }

  @Test
  void oneDayAfterAModalIsTheFuture() {
    FakeText t = FakeText.of("Islam/NNP will/MD one/CD day/NN be/VB larger/JJR ;/: the/DT "
        + "strike/NN lasted/VBD one/CD day/NN ./.")
        .timex("one day", "DURATION", "P1D").timex("one day", "DURATION", "P1D");
    List<DateExpr> d = dates(t, NOV_15_2012);
    assertEquals(2, d.size(), d.toString());
    assertDate("one day", "DATE", "FUTURE_REF", d.get(0));
    assertDate("one day", "DURATION", "P1D", d.get(1));
  }
}
