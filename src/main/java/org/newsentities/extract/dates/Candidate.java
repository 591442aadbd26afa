package org.newsentities.extract.dates;

import java.util.List;
import java.util.Optional;

/**
 * An expression to normalize: its span, what the time tagger said about it (when the span is the
 * tagger's own), and for a range its two ends.
 */
record Candidate(int start, int end, Optional<String> taggerType, Optional<String> taggerValue,
    List<Candidate> parts) {

  Candidate {
    parts = List.copyOf(parts);
  }

  static Candidate found(int start, int end) {
    return new Candidate(start, end, Optional.empty(), Optional.empty(), List.of());
  }

  static Candidate range(int start, int end, Candidate first, Candidate second) {
    return new Candidate(start, end, Optional.empty(), Optional.empty(), List.of(first, second));
  }

  boolean isRange() {
    return parts.size() == 2;
  }

  boolean overlaps(Candidate other) {
    return start < other.end && other.start < end;
  }

  String text(String document) {
    return document.substring(start, end);
  }
}
