package org.newsentities.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.model.DateExpr;
import org.newsentities.model.DocumentDateSource;

/**
 * The dates of an article: its document date with where it came from, and every date expression
 * normalized against it.
 *
 * @param annotated the annotation the dates were read from (re-timed when the document date was
 *     found in the text rather than given)
 */
public record DocumentDating(Optional<LocalDate> documentDate, DocumentDateSource source,
    List<DateExpr> dates, AnnotatedText annotated) {

  public DocumentDating {
    dates = List.copyOf(dates);
  }
}
