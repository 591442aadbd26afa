package org.newsentities.config;

/**
 * How date expressions are normalized. {@code PIPELINE} (the default) applies the project's date
 * rules on top of SUTime; {@code SUTIME} passes SUTime's spans, types and values through untouched
 * (header/metadata document date only), so the two can be compared with the same command.
 */
public enum DateNormalization {
  PIPELINE,
  SUTIME
}
