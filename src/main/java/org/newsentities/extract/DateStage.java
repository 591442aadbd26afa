package org.newsentities.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.config.DateNormalization;
import org.newsentities.model.DocumentDateSource;

/**
 * Decides the document date and normalizes every date expression against it. A date given by a
 * header or metadata wins; otherwise the date is left unknown and relative expressions keep no
 * value.
 */
public final class DateStage {

  private final TextAnnotator annotator;
  private final DateExtractor extractor;

  public DateStage(TextAnnotator annotator, DateNormalization mode) {
    this.annotator = annotator;
    this.extractor = new DateExtractor(mode);
  }

  /** {@code annotated} was timed against {@code given} when present. */
  public DocumentDating date(AnnotatedText annotated, Optional<LocalDate> given,
      DocumentDateSource givenSource) {
    return new DocumentDating(given, given.isPresent() ? givenSource : DocumentDateSource.NONE,
        extractor.extract(annotated, given), annotated);
  }
}
