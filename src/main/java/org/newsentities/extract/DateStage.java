package org.newsentities.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.config.DateNormalization;
import org.newsentities.model.DocumentDateSource;

/**
 * Decides the document date and normalizes every date expression against it. A date given by a
 * header or metadata wins; otherwise the date is inferred from the text where it can be (source
 * {@code text}), and the time tagger re-run against it; otherwise it stays unknown and relative
 * expressions keep no value.
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
    if (given.isPresent()) {
      return new DocumentDating(given, givenSource, extractor.extract(annotated, given), annotated);
    }
    Optional<LocalDate> inferred = extractor.inferDocumentDate(annotated);
    if (inferred.isPresent()) {
      AnnotatedText retimed = annotator.retime(annotated, inferred.get());
      return new DocumentDating(inferred, DocumentDateSource.TEXT,
          extractor.extract(retimed, inferred), retimed);
    }
    return new DocumentDating(Optional.empty(), DocumentDateSource.NONE,
        extractor.extract(annotated, Optional.empty()), annotated);
  }
}
