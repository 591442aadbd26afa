package org.newsentities.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.TimexSpan;
import org.newsentities.model.DateExpr;

/**
 * Turns the time tagger's expressions into output dates. Values that are not a TIMEX3 value a
 * database can use (SUTime's "XXXX-WXX-1" left unresolved, or its own "THIS P1W" notation) are kept as text and type with an empty value.
 */
public final class DateExtractor {

  public List<DateExpr> extract(AnnotatedText annotated) {
    List<DateExpr> dates = new ArrayList<>();
    for (TimexSpan t : annotated.timexes()) {
      dates.add(new DateExpr(t.text(), t.start(), t.end(), t.type(),
          t.value().filter(DateExtractor::isUsableValue)));
    }
    return dates;
  }

  static boolean isUsableValue(String value) {
    // "XXXX-03-06" has no year to query by; "THIS P1W" is SUTime's own notation, not TIMEX3.
    return !value.contains("XXXX") && !value.contains(" ");
  }
}
