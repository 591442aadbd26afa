package org.newsentities.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML document: the DCT, the plain text of its {@code <TEXT>} element (markup removed,
 * entities decoded) and the TIMEX3 expressions in it, with offsets into that text.
 */
public record TimeMlDocument(String id, LocalDate creationDate, String text,
    List<GoldTimex> timexes) {

  public TimeMlDocument {
    timexes = List.copyOf(timexes);
  }

  /** A gold TIMEX3; {@code value} is "" when the annotation has none. */
  public record GoldTimex(String tid, String text, int start, int end, String type, String value) {}
}
