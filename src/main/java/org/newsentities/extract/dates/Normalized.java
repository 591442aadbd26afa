package org.newsentities.extract.dates;

import java.util.Optional;

/** A TIMEX3 type and value; the value is empty when it cannot be given with confidence. */
public record Normalized(String type, Optional<String> value) {

  public static Normalized of(String type, String value) {
    return new Normalized(type, Optional.of(value));
  }

  public static Normalized unknown(String type) {
    return new Normalized(type, Optional.empty());
  }
}
