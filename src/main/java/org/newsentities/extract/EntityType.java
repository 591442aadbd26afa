package org.newsentities.extract;

import java.util.Optional;

/** The coarse entity types the NER stage distinguishes. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC;

  /** The type of a token's NER tag, empty for "O" and anything unknown. */
  public static Optional<EntityType> ofTag(String tag) {
    return switch (tag) {
      case "PERSON" -> Optional.of(PERSON);
      case "ORGANIZATION" -> Optional.of(ORGANIZATION);
      case "LOCATION" -> Optional.of(LOCATION);
      case "MISC" -> Optional.of(MISC);
      default -> Optional.empty();
    };
  }
}
