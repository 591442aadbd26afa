package org.newsentities.resolve;

import java.util.Map;

/**
 * Locations are one entity when their names are equal after the standard variants are mapped to
 * one canonical name ("US", "U.S.", "United States" → "united states"); see
 * {@code models/lexicons/location-aliases.tsv}.
 */
public final class LocationNameMatcher implements NameMatcher {

  private final Map<String, String> canonicalByVariant;

  /** @param canonicalByVariant normalized variant → normalized canonical name */
  public LocationNameMatcher(Map<String, String> canonicalByVariant) {
    this.canonicalByVariant = Map.copyOf(canonicalByVariant);
  }

  @Override
  public String canonical(String key) {
    return canonicalByVariant.getOrDefault(key, key);
  }

  @Override
  public boolean refersTo(String shortKey, String longKey) {
    return false;
  }
}
