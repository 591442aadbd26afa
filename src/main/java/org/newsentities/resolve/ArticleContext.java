package org.newsentities.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;
import org.newsentities.model.Mention;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;

/**
 * What title attribution needs to know about the whole article: which entity each mention belongs
 * to, the country of each organization (from its name or a possessive: "Pakistan's Foreign
 * Office"), the speaking organization of each sentence and the country of the dateline.
 */
final class ArticleContext {

  private final String text;
  private final List<TaggedSentence> sentences;
  private final Map<Integer, Person> personAt = new HashMap<>();
  private final Map<Integer, NamedEntity> organizationAt = new HashMap<>();
  private final Map<Integer, NamedEntity> locationAt = new HashMap<>();
  private final Map<String, String> countryOfOrganization = new HashMap<>();
  private final List<Optional<EntitySpan>> speakers;
  private final Optional<String> datelineCountry;
  private final PlaceLexicon places;
  private final OrganizationLexicon organizations;
  private final List<NamedEntity> organizationEntities;
  private final Optional<String> mainCountry;
  private final Optional<String> mainOrganization;
  private final Optional<String> mainPlace;

  ArticleContext(String text, List<TaggedSentence> sentences, EntityAssembler.Entities entities,
      SpeakerFinder speakerFinder, PlaceLexicon places, OrganizationLexicon organizations) {
    this.text = text;
    this.sentences = sentences;
    this.places = places;
    this.organizations = organizations;
    entities.people().forEach(p -> p.mentions().forEach(m -> personAt.put(m.start(), p)));
    entities.organizations().forEach(o -> o.mentions().forEach(m -> organizationAt.put(m.start(), o)));
    entities.locations().forEach(l -> l.mentions().forEach(m -> locationAt.put(m.start(), l)));
    this.speakers = sentences.stream().map(speakerFinder::speaker).toList();
    for (TaggedSentence s : sentences) {
      for (EntitySpan span : s.spans()) {
        if (span.type() == EntityType.ORGANIZATION) {
          NamedEntity org = organizationAt.get(span.start());
          countryOfMention(s, span).ifPresent(c -> countryOfOrganization.putIfAbsent(org.name(), c));
        }
      }
    }
    this.datelineCountry = dateline();
    this.organizationEntities = entities.organizations();
    this.mainCountry = mainCountry(entities);
    this.mainPlace = mainPlace(entities);
    this.mainOrganization = Counts.dominant(entities.organizations().stream()
        .filter(o -> organizations.party(o.name()).isEmpty())
        .collect(java.util.stream.Collectors.toMap(NamedEntity::name, o -> o.mentions().size(),
            Integer::sum)), 2);
  }

  /** The country the article names most: by name or adjective, twice or more, more than others. */
  private Optional<String> mainCountry(EntityAssembler.Entities entities) {
    Map<String, Integer> counts = new HashMap<>();
    java.util.Set<String> named = new java.util.HashSet<>();
    for (NamedEntity l : entities.locations()) {
      places.country(l.name()).ifPresent(c -> counts.merge(c, l.mentions().size(), Integer::sum));
      places.country(l.name()).ifPresent(named::add);
    }
    for (TaggedSentence s : sentences) {
      for (int k = 0; k < s.size(); k++) {
        if (s.isCapitalized(k) && !s.is(k, EntityType.LOCATION) && !s.is(k, EntityType.PERSON)) {
          String word = s.word(k);
          if (!places.country(word).map(c -> Names.key(c).equals(Names.key(word))).orElse(true)) {
            places.country(word).ifPresent(c -> counts.merge(c, 1, Integer::sum)); // "Pakistani"
          }
        }
      }
    }
    // a party tells which of the countries the article names it is about (Labour: Britain)
    for (NamedEntity o : entities.organizations()) {
      organizations.party(o.name()).flatMap(organizations::countryOfParty)
          .filter(named::contains)
          .ifPresent(c -> counts.merge(c, o.mentions().size(), Integer::sum));
    }
    return Counts.dominant(counts, 2);
  }

  /** The place other than a country that the article names most: a mayor's city. */
  private Optional<String> mainPlace(EntityAssembler.Entities entities) {
    Map<String, Integer> counts = new HashMap<>();
    for (NamedEntity l : entities.locations()) {
      if (places.country(l.name()).isEmpty()) {
        counts.merge(l.name(), l.mentions().size(), Integer::sum);
      }
    }
    return Counts.dominant(counts, 1);
  }

  Optional<String> mainPlace() {
    return mainPlace;
  }

  /**
   * The organization that "the club", "the company" or "its" stands for: the last one named before
   * token {@code before} of sentence {@code index}, in it or the two sentences before; not a party.
   */
  Optional<String> organizationBefore(int index, int before) {
    for (int i = index; i >= Math.max(0, index - 2); i--) {
      TaggedSentence s = sentences.get(i);
      List<EntitySpan> spans = s.spans();
      for (int j = spans.size() - 1; j >= 0; j--) {
        EntitySpan sp = spans.get(j);
        if (sp.type() == EntityType.ORGANIZATION && (i < index || s.localEnd(sp) <= before)
            && organizations.party(sp.text()).isEmpty()) {
          Optional<String> org = organizationAt(sp.start());
          if (org.isPresent()) {
            return org;
          }
        }
      }
    }
    return Optional.empty();
  }

  Optional<String> mainCountry() {
    return mainCountry;
  }

  Optional<String> mainOrganization() {
    return mainOrganization;
  }

  /** The organization a sentence starts with: its subject ("Wal-Mart kicked off …"). */
  Optional<String> subjectOrganization(TaggedSentence s) {
    int k = s.size() > 1 && s.lower(0).equals("the") ? 1 : 0;
    return s.spanStartingAt(k, EntityType.ORGANIZATION).flatMap(sp -> organizationAt(sp.start()));
  }

  /**
   * The article's department that a title's portfolio names: "Treasury Secretary" → the Treasury,
   * "Secretary of Education" → the Department of Education.
   */
  Optional<String> departmentOf(String title) {
    List<String> words = Names.tokens(title);
    for (NamedEntity org : organizationEntities) {
      List<String> name = Names.tokens(org.name());
      if (name.size() == 1 && words.contains(name.get(0)) && organizations.isHead(name.get(0))) {
        return Optional.of(org.name());
      }
      List<String> field = new java.util.ArrayList<>(name);
      field.removeAll(List.of("department", "of", "the", "for"));
      if (name.contains("department") && !field.isEmpty() && words.containsAll(field)) {
        return Optional.of(org.name());
      }
    }
    return Optional.empty();
  }

  String text() {
    return text;
  }

  TaggedSentence sentence(int index) {
    return sentences.get(index);
  }

  List<TaggedSentence> sentences() {
    return sentences;
  }

  PlaceLexicon places() {
    return places;
  }

  Optional<Person> personAt(int start) {
    return Optional.ofNullable(personAt.get(start));
  }

  Optional<EntitySpan> speaker(int sentence) {
    return speakers.get(sentence);
  }

  Optional<String> datelineCountry() {
    return datelineCountry;
  }

  /** The name of the organization entity a mention starting here belongs to. */
  Optional<String> organizationAt(int start) {
    return Optional.ofNullable(organizationAt.get(start)).map(NamedEntity::name);
  }

  Optional<String> countryOf(String organizationName) {
    return Optional.ofNullable(countryOfOrganization.get(organizationName));
  }

  /** The name an organization reference stands for in this article. */
  Optional<String> name(OrgRef ref, TaggedSentence s) {
    int start = s.token(ref.begin()).start();
    boolean wholeSpan = s.span(ref.begin()).map(sp -> s.localEnd(sp) == ref.end()).orElse(false);
    Optional<String> org = wholeSpan ? organizationAt(start) : Optional.empty();
    if (org.isPresent()) {
      return org;
    }
    return switch (ref.kind()) {
      case PLACE -> Optional.of(placeName(start, ref.text()));
      case DEMONYM -> places.country(ref.text()).map(c -> countryName(c));
      case PARTY -> organizations.party(ref.text()).or(() -> Optional.of(ref.text()));
      default -> Optional.of(Names.display(ref.text()));
    };
  }

  /** The country a reference names, if it names one: "Pakistani", "Pakistan", "UK". */
  Optional<String> country(OrgRef ref) {
    if (ref.kind() == OrgRef.Kind.PLACE || ref.kind() == OrgRef.Kind.DEMONYM) {
      return places.country(ref.text());
    }
    return ref.possessor();
  }

  /**
   * A country by its one name in the lexicon ("United Kingdom" for "UK", "Britain", "British"), so
   * that the same country is the same string in every article.
   */
  String countryName(String country) {
    return places.country(country).orElse(country);
  }

  /** A country by its lexicon name, another place by the name of its entity in the article. */
  private String placeName(int start, String text) {
    Optional<String> country = places.country(text);
    if (country.isPresent()) {
      return country.get();
    }
    NamedEntity l = locationAt.get(start);
    return l != null ? l.name() : Names.display(text);
  }

  private Optional<String> countryOfMention(TaggedSentence s, EntitySpan span) {
    Optional<PlaceLexicon.Prefix> prefix = places.countryPrefix(Names.tokens(span.text()))
        .filter(p -> p.words() < Names.tokens(span.text()).size());
    if (prefix.isPresent()) {
      return Optional.of(prefix.get().country());
    }
    int b = s.localBegin(span);
    if (s.isPossessive(b - 1)) {
      return s.span(b - 2).filter(sp -> sp.type() == EntityType.LOCATION)
          .flatMap(sp -> places.country(sp.text()));
    }
    return Optional.empty();
  }

  /** "ISLAMABAD: …", "LONDON (Reuters) -": a place at the very start, before a colon or dash. */
  private Optional<String> dateline() {
    if (sentences.isEmpty()) {
      return Optional.empty();
    }
    TaggedSentence first = sentences.get(0);
    Optional<EntitySpan> place = first.span(0).filter(sp -> sp.type() == EntityType.LOCATION);
    if (place.isEmpty()) {
      return Optional.empty();
    }
    int after = first.localEnd(place.get());
    if (!first.inRange(after)) {
      return Optional.empty();
    }
    String w = first.word(after);
    if (!(w.equals(":") || w.equals("-") || w.equals("--") || w.equals("\u2014")
        || w.equals("(") || w.equals("-LRB-"))) {
      return Optional.empty();
    }
    String name = place.get().text();
    return places.countryOfCapital(name).or(() -> places.country(name));
  }

  /** The mention of a person that starts at this character offset, as a new mention. */
  static Mention mention(String text, int start, int end) {
    return new Mention(text.substring(start, end), start, end);
  }
}
