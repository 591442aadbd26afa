package org.newsentities.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Pattern;

/** Formats and checks TIMEX3 values. */
public final class TimexValues {

  /** The TIMEX3 value grammar for DATE/TIME, DURATION and SET values that we emit or accept. */
  private static final Pattern DATE_OR_TIME = Pattern.compile(
      "(?:\\d{4}|\\d{3}|\\d{2}|\\d{3}X|\\d{2}XX|XXXX)"
      + "(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\\d|3[01]|XX))?"
      + "|-W(?:0[1-9]|[1-4]\\d|5[0-3]|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12X]"
      + "|-(?:SP|SU|FA|WI))?"
      + "(?:T(?:(?:[01]\\d|2[0-4])(?::[0-5]\\d(?::[0-5]\\d)?)?|MO|AF|EV|NI|DT))?");
  private static final Pattern DURATION = Pattern.compile(
      "P(?:(?:\\d+(?:\\.\\d+)?|X)(?:Y|M|W|D|Q|DE|CE|E|C|L|WE))*"
      + "(?:T(?:(?:\\d+(?:\\.\\d+)?|X)[HMS])+)?");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern REF = Pattern.compile("PRESENT_REF|PAST_REF|FUTURE_REF");

  private TimexValues() {}

  /** Whether {@code value} is a TIMEX3 value of {@code type} a database can store and compare. */
  public static boolean isValid(String type, String value) {
    if (value.contains("/")) {
      String[] parts = value.split("/", -1);
      return parts.length == 2 && isValid(type, parts[0]) && isValid(type, parts[1]);
    }
    return switch (type) {
      case "DURATION" -> value.length() > 1 && DURATION.matcher(value).matches();
      case "SET" -> (value.length() > 1 && DURATION.matcher(value).matches())
          || DATE_OR_TIME.matcher(value).matches();
      default -> REF.matcher(value).matches() || DATE_OR_TIME.matcher(value).matches();
    };
  }

  /** Whether the value names a point in time without unresolved year ("XXXX-…" is not). */
  public static boolean isAnchored(String value) {
    return !value.startsWith("X");
  }

  /** Whether the value is one whole calendar day, "2023-03-06". */
  public static boolean isDay(String value) {
    return DAY_VALUE.matcher(value).matches();
  }

  public static String day(LocalDate d) {
    return d.toString();
  }

  public static String month(YearMonth m) {
    return m.toString();
  }

  public static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public static String quarter(int year, int quarter) {
    return String.format("%04d-Q%d", year, quarter);
  }

  public static String year(int year) {
    return String.format("%04d", year);
  }

  /** A duration of {@code amount} (empty for a vague amount) of a unit letter ("D", "TH"). */
  public static String duration(String amount, String unit) {
    String n = amount.isEmpty() ? "X" : amount;
    return unit.startsWith("T") ? "PT" + n + unit.substring(1) : "P" + n + unit;
  }
}
