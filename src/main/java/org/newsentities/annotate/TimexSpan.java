package org.newsentities.annotate;

import java.util.Optional;

/**
 * A temporal expression found by the time tagger, with its TIMEX3 type and value as the tagger
 * normalized it against the reference date it was given.
 *
 * @param tokenBegin index of its first token; {@code tokenEnd} is exclusive
 */
public record TimexSpan(
    String text, int start, int end, String type, Optional<String> value, int tokenBegin,
    int tokenEnd) {}
