package org.newsentities.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.config.DateNormalization;
import org.newsentities.model.DateExpr;
import org.newsentities.model.DocumentDateSource;

/**
 * Decides the document date and normalizes every date expression against it. A date given by a
 * header or metadata wins; otherwise the date is left unknown and relative expressions keep no
 * value.
 */
public final class DateStage {

  private final TextAnnotator annotator;
  private final DateNormalization mode;
  private final DateExtractor extractor = new DateExtractor();

  public DateStage(TextAnnotator annotator, DateNormalization mode) {
    this.annotator = annotator;
    this.mode = mode;
  }

  /** {@code annotated} was timed against {@code given} when present. */
  public DocumentDating date(AnnotatedText annotated, Optional<LocalDate> given,
      DocumentDateSource givenSource) {
    List<DateExpr> dates = mode == DateNormalization.SUTIME
        ? annotated.timexes().stream()
            .map(t -> new DateExpr(t.text(), t.start(), t.end(), t.type(), t.value())).toList()
        : extractor.extract(annotated);
    return new DocumentDating(given, given.isPresent() ? givenSource : DocumentDateSource.NONE,
        dates, annotated);
  }
}
