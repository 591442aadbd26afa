package org.newsentities.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an article's document date came from. */
public enum DocumentDateSource {
  HEADER,
  METADATA,
  TEXT,
  NONE;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
