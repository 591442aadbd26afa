package org.newsentities.output.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DateExpr;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.model.Keyphrase;
import org.newsentities.model.Mention;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;
import org.newsentities.model.Title;
import org.newsentities.model.Topic;
import org.newsentities.model.UnresolvedTitle;

/** Article documents for tests, with every offset computed from the text so spans are real. */
final class DocumentBuilder {

  private final String id;
  private final Optional<String> date;
  private final String text;
  private final List<Person> people = new ArrayList<>();
  private final List<NamedEntity> organizations = new ArrayList<>();
  private final List<NamedEntity> locations = new ArrayList<>();
  private final List<DateExpr> dates = new ArrayList<>();
  private final List<Topic> topics = new ArrayList<>();
  private final List<Keyphrase> keyphrases = new ArrayList<>();
  private final List<UnresolvedTitle> unresolved = new ArrayList<>();

  DocumentBuilder(String id, String date, String text) {
    this.id = id;
    this.date = Optional.ofNullable(date);
    this.text = text;
  }

  /** A person mentioned wherever {@code name} or any of {@code alsoAs} occurs. */
  DocumentBuilder person(String personId, String name, List<String> alsoAs, Title... titles) {
    List<Mention> mentions = new ArrayList<>(mentions(name));
    for (String alias : alsoAs) {
      for (Mention m : mentions(alias)) {
        if (mentions.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
          mentions.add(m);
        }
      }
    }
    people.add(new Person(personId, name, mentions, List.of(titles)));
    return this;
  }

  DocumentBuilder person(String personId, String name, Title... titles) {
    return person(personId, name, List.of(), titles);
  }

  DocumentBuilder organization(String entityId, String name) {
    organizations.add(new NamedEntity(entityId, name, mentions(name)));
    return this;
  }

  DocumentBuilder location(String entityId, String name) {
    locations.add(new NamedEntity(entityId, name, mentions(name)));
    return this;
  }

  /** A title whose phrase is the first occurrence of {@code phrase} in the text. */
  Title title(String title, String organization, boolean former, String phrase) {
    int start = at(phrase);
    return new Title(title, Optional.ofNullable(organization), former, phrase, start,
        start + phrase.length());
  }

  DocumentBuilder unresolved(String title, String organization, String phrase) {
    int start = at(phrase);
    unresolved.add(new UnresolvedTitle(title, Optional.ofNullable(organization), phrase, start,
        start + phrase.length()));
    return this;
  }

  DocumentBuilder date(String phrase, String type, String value) {
    int start = at(phrase);
    dates.add(new DateExpr(phrase, start, start + phrase.length(), type, Optional.ofNullable(value)));
    return this;
  }

  DocumentBuilder topic(String code, String label, double score) {
    topics.add(new Topic(label, code, score));
    return this;
  }

  DocumentBuilder keyphrase(String phrase, double score) {
    keyphrases.add(new Keyphrase(phrase, score));
    return this;
  }

  ArticleDocument build() {
    return new ArticleDocument(ArticleDocument.SCHEMA_VERSION, id, Optional.of("Fixture Wire"),
        Optional.of("https://news.example/" + id), Optional.of(text.substring(0, text.indexOf('.'))),
        date, date.isPresent() ? DocumentDateSource.METADATA : DocumentDateSource.NONE,
        Optional.empty(), text, people, organizations, locations, dates, topics, keyphrases,
        unresolved);
  }

  private List<Mention> mentions(String surface) {
    List<Mention> found = new ArrayList<>();
    for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length())) {
      found.add(new Mention(surface, i, i + surface.length()));
    }
    return found;
  }

  private int at(String phrase) {
    int i = text.indexOf(phrase);
    if (i < 0) {
      throw new IllegalArgumentException("'" + phrase + "' is not in the text of " + id);
    }
    return i;
  }
}
