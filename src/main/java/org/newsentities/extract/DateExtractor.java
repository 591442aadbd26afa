package org.newsentities.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.config.DateNormalization;
import org.newsentities.extract.dates.DateNormalizer;
import org.newsentities.model.DateExpr;

/**
 * Turns the time tagger's expressions into output dates: with the project's rules
 * ({@link DateNormalizer}, the default) or, for comparison, exactly as the tagger gave them.
 */
public final class DateExtractor {

  private final DateNormalization mode;
  private final DateNormalizer normalizer;

  public DateExtractor(DateNormalization mode) {
    this.mode = mode;
    this.normalizer = mode == DateNormalization.PIPELINE ? DateNormalizer.withDefaultRules() : null;
  }

  /** The dates of the text, normalized against {@code anchor} (the document date) when known. */
  public List<DateExpr> extract(AnnotatedText annotated, Optional<LocalDate> anchor) {
    if (mode == DateNormalization.SUTIME) {
      return annotated.timexes().stream()
          .map(t -> new DateExpr(t.text(), t.start(), t.end(), t.type(), t.value())).toList();
    }
    return normalizer.normalize(annotated, anchor);
  }

  /** The document date the text implies, if any (never for SUTime alone). */
  public Optional<LocalDate> inferDocumentDate(AnnotatedText annotated) {
    return mode == DateNormalization.SUTIME ? Optional.empty()
        : normalizer.inferDocumentDate(annotated);
  }
}
