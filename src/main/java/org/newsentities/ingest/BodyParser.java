package org.newsentities.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the start of an article body into what is metadata and what is text: a date header
 * (" date 2023-03-08" or "date: 2023-03-08", on a line of its own or before the body on the same
 * line) is removed; a dateline ("ISLAMABAD:", "LONDON (Reuters) -") is recognised and stays in the
 * text, so its location keeps its offsets.
 */
public final class BodyParser {

  private static final Pattern DATE_HEADER =
      Pattern.compile("\\A\\s*date:?[ \\t]+(\\d{4}-\\d{2}-\\d{2})[ \\t]*(?:\\r?\\n)?[ \\t]*",
          Pattern.CASE_INSENSITIVE);

  /**
   * An upper-case place name of one to four words, optionally ", Month day" and "(Agency)", then a
   * colon or a dash. Upper case is what tells a dateline from a sentence that starts "Officials:".
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "\\A\\s*(\\p{Lu}[\\p{Lu}.'-]+(?:[ ][\\p{Lu}.'-]+){0,3})"
              + "(?:,[ ]\\p{L}[\\p{L}.]*(?:[ ]\\d{1,2})?)?"
              + "(?:[ ]\\([\\p{L}&. ]{1,30}\\))?"
              + "[ ]?(?::|[ ][-\u2013\u2014]|\u2014|\u2013)[ ]");

  /** The body with its date header removed, and what was found at its start. */
  public record ParsedBody(String text, Optional<LocalDate> headerDate, Optional<String> dateline) {}

  private BodyParser() {}

  /** Removes a date header (only when {@code allowHeader}) and finds the dateline. */
  public static ParsedBody parse(String raw, boolean allowHeader) {
    String text = raw;
    Optional<LocalDate> headerDate = Optional.empty();
    if (allowHeader) {
      Matcher header = DATE_HEADER.matcher(raw);
      if (header.find()) {
        Optional<LocalDate> date = parseDate(header.group(1));
        if (date.isPresent()) {
          headerDate = date;
          text = raw.substring(header.end());
        }
      }
    }
    return new ParsedBody(text, headerDate, dateline(text));
  }

  static Optional<String> dateline(String text) {
    Matcher m = DATELINE.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static Optional<LocalDate> parseDate(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
