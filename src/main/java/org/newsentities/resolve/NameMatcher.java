package org.newsentities.resolve;

/** Decides which normalized names (see {@link Names#key}) name the same entity. */
public interface NameMatcher {

  /** The key that stands for all known variants of a name ("uk", "britain" → "united kingdom"). */
  default String canonical(String key) {
    return key;
  }

  /** Whether a shorter canonical name refers to the entity of a longer one. */
  boolean refersTo(String shortKey, String longKey);
}
