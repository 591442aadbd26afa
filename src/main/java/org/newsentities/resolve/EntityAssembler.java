package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsentities.config.Resources;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;

/**
 * Groups mention spans into the people, organizations and locations of an article, with ids
 * {@code p1, o1, l1…} in order of first mention. Titles are attached later by the title resolver.
 */
public final class EntityAssembler {

  public static final String LOCATION_ALIASES = "models/lexicons/location-aliases.tsv";

  /** The grouped entities of one article. */
  public record Entities(List<Person> people, List<NamedEntity> organizations,
      List<NamedEntity> locations) {}

  private final MentionClusterer persons = new MentionClusterer(new PersonNameMatcher());
  private final MentionClusterer organizations = new MentionClusterer(new OrganizationNameMatcher());
  private final MentionClusterer locations;

  public EntityAssembler(Map<String, String> locationAliases) {
    Map<String, String> keyed = new LinkedHashMap<>();
    locationAliases.forEach((variant, canonical) -> keyed.put(Names.key(variant), Names.key(canonical)));
    this.locations = new MentionClusterer(new LocationNameMatcher(keyed));
  }

  public static EntityAssembler withDefaultLexicons() {
    return new EntityAssembler(Resources.tsv(LOCATION_ALIASES));
  }

  public Entities assemble(List<EntitySpan> spans) {
    List<Person> people = new ArrayList<>();
    int n = 0;
    for (MentionClusterer.Cluster c : persons.cluster(ofType(spans, EntityType.PERSON))) {
      people.add(new Person("p" + (++n), c.name(), c.mentions(), List.of()));
    }
    return new Entities(people, named("o", organizations.cluster(ofType(spans, EntityType.ORGANIZATION))),
        named("l", locations.cluster(ofType(spans, EntityType.LOCATION))));
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
