package org.newsentities.annotate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The linguistic stage: tokens, sentences, POS, lemmas, coarse NER and temporal expressions.
 * Implementations are thread-safe and loaded once per JVM.
 */
public interface TextAnnotator {

  /**
   * Annotates {@code text}; temporal expressions are normalized against {@code referenceDate} when
   * given, and left relative otherwise.
   */
  AnnotatedText annotate(String text, Optional<LocalDate> referenceDate);

  /** Re-tags only the temporal expressions, against another reference date. */
  AnnotatedText retime(AnnotatedText annotated, LocalDate referenceDate);
}
