package org.newsentities.model;

import java.util.List;

/** An organization or a location: one canonical name and every mention of it. */
public record NamedEntity(String id, String name, List<Mention> mentions) {
  public NamedEntity {
    mentions = List.copyOf(mentions);
  }
}
