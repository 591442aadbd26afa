package org.newsentities.extract.dates;

/** The tense of the clause a date expression sits in, as far as the POS tags tell it. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN
}
