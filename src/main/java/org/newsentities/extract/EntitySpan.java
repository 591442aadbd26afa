package org.newsentities.extract;

import org.newsentities.model.Mention;

/**
 * One entity mention found in the text, before mentions are grouped into entities.
 *
 * @param tokenBegin index of the first token; {@code tokenEnd} is exclusive
 */
public record EntitySpan(EntityType type, String text, int start, int end, int tokenBegin,
    int tokenEnd, int sentence) {

  public Mention toMention() {
    return new Mention(text, start, end);
  }

  public EntitySpan withType(EntityType newType) {
    return new EntitySpan(newType, text, start, end, tokenBegin, tokenEnd, sentence);
  }
}
