package org.newsentities.model;

import java.util.List;

/** A named person with every mention of them and the positions the article gives them. */
public record Person(String id, String name, List<Mention> mentions, List<Title> titles) {
  public Person {
    mentions = List.copyOf(mentions);
    titles = List.copyOf(titles);
  }

  public Person withTitles(List<Title> newTitles) {
    return new Person(id, name, mentions, newTitles);
  }

  public Person withMentions(List<Mention> newMentions) {
    return new Person(id, name, newMentions, titles);
  }
}
