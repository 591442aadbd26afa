package org.newsentities.resolve;

import org.newsentities.extract.EntitySpan;

/** A title phrase linked to the person mention that holds it, and the pattern that linked them. */
public record TitleLink(EntitySpan person, TitlePhrase phrase, Pattern pattern) {

  /** The constructions that link a title to a name. */
  public enum Pattern {
    /** "Foreign Secretary Asad Majeed Khan" */
    PREMODIFIER,
    /** "Margaret Moran MP" */
    POSTNOMINAL,
    /** "Syed Haider Shah, Additional Secretary (UN&ED)" */
    APPOSITIVE,
    /** "the home secretary, Charles Clarke," */
    REVERSED_APPOSITIVE,
    /** "X is the chairman of Y", "X became finance minister" */
    COPULAR,
    /** "X, who heads Y" */
    ROLE_VERB,
    /** "He became chief operating officer" */
    PRONOUN,
    /** "The chancellor said …" after "Chancellor Gordon Brown": a bare title standing for a name */
    ANAPHOR
  }
}
