package org.newsentities.model;

import java.util.Optional;

/**
 * A temporal expression with its TIMEX3 type (DATE, TIME, DURATION, SET) and normalized value; the
 * value is empty when it cannot be normalized with confidence.
 */
public record DateExpr(String text, int start, int end, String type, Optional<String> value) {}
