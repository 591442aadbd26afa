package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsentities.config.Resources;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;

/**
 * Groups mention spans into the people, organizations and locations of an article, with ids
 * {@code p1, o1, l1…} in order of first mention. Titles are attached later by the title resolver.
 * Organizations are grouped with the article's own bracketed aliases ("… Framework (TIFA)") and the
 * lexicons of {@link OrganizationNameMatcher}; a party is named by its full name ("Tory" → the
 * Conservative Party).
 */
public final class EntityAssembler {

  public static final String LOCATION_ALIASES = "models/lexicons/location-aliases.tsv";

  /** The grouped entities of one article. */
  public record Entities(List<Person> people, List<NamedEntity> organizations,
      List<NamedEntity> locations) {}

  private final MentionClusterer persons = new MentionClusterer(new PersonNameMatcher());
  private final MentionClusterer locations;
  private final Optional<OrganizationLexicon> organizationLexicon;
  private final Optional<PlaceLexicon> places;
  private final AcronymAliasFinder aliasFinder = new AcronymAliasFinder();

  public EntityAssembler(Map<String, String> locationAliases) {
    this(locationAliases, Optional.empty(), Optional.empty());
  }

  public EntityAssembler(Map<String, String> locationAliases, OrganizationLexicon organizations,
      PlaceLexicon places) {
    this(locationAliases, Optional.of(organizations), Optional.of(places));
  }

  private EntityAssembler(Map<String, String> locationAliases,
      Optional<OrganizationLexicon> organizations, Optional<PlaceLexicon> places) {
    Map<String, String> keyed = new LinkedHashMap<>();
    locationAliases.forEach((variant, canonical) -> keyed.put(Names.key(variant), Names.key(canonical)));
    this.locations = new MentionClusterer(new LocationNameMatcher(keyed));
    this.organizationLexicon = organizations;
    this.places = places;
  }

  public static EntityAssembler withDefaultLexicons() {
    return new EntityAssembler(Resources.tsv(LOCATION_ALIASES), OrganizationLexicon.load(),
        PlaceLexicon.load());
  }

  public Optional<OrganizationLexicon> organizationLexicon() {
    return organizationLexicon;
  }

  public Optional<PlaceLexicon> places() {
    return places;
  }

  /** Groups the spans; {@code text} is the article, which the bracketed aliases are read from. */
  public Entities assemble(String text, List<EntitySpan> spans) {
    List<Person> people = new ArrayList<>();
    int n = 0;
    for (MentionClusterer.Cluster c : persons.cluster(ofType(spans, EntityType.PERSON))) {
      people.add(new Person("p" + (++n), c.name(), c.mentions(), List.of()));
    }
    List<EntitySpan> orgSpans = ofType(spans, EntityType.ORGANIZATION);
    OrganizationNameMatcher matcher = organizationLexicon.isPresent()
        ? new OrganizationNameMatcher(organizationLexicon.get(), places.orElseThrow(),
            aliasFinder.aliases(text, orgSpans))
        : new OrganizationNameMatcher();
    List<MentionClusterer.Cluster> orgs = new ArrayList<>();
    for (MentionClusterer.Cluster c : new MentionClusterer(matcher).cluster(orgSpans)) {
      orgs.add(new MentionClusterer.Cluster(partyName(c).orElse(c.name()), c.mentions()));
    }
    return new Entities(people, named("o", orgs),
        named("l", locations.cluster(ofType(spans, EntityType.LOCATION))));
  }

  /** Groups the spans, without aliases defined by the text. */
  public Entities assemble(List<EntitySpan> spans) {
    return assemble("", spans);
  }

  /** The full name of a party when every mention names the same one. */
  private Optional<String> partyName(MentionClusterer.Cluster c) {
    if (organizationLexicon.isEmpty()) {
      return Optional.empty();
    }
    List<String> parties = c.mentions().stream()
        .map(m -> organizationLexicon.get().party(m.text()).orElse("")).distinct().toList();
    return parties.size() == 1 && !parties.get(0).isEmpty() ? Optional.of(parties.get(0))
        : Optional.empty();
  }

  private static List<NamedEntity> named(String prefix, List<MentionClusterer.Cluster> clusters) {
    List<NamedEntity> result = new ArrayList<>();
    for (MentionClusterer.Cluster c : clusters) {
      result.add(new NamedEntity(prefix + (result.size() + 1), c.name(), c.mentions()));
    }
    return result;
  }

  private static List<EntitySpan> ofType(List<EntitySpan> spans, EntityType type) {
    return spans.stream().filter(s -> s.type() == type).toList();
  }
}
