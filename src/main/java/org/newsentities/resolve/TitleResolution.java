package org.newsentities.resolve;

import java.util.List;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;
import org.newsentities.model.UnresolvedTitle;

/** People with their titles, the organizations after title phrases were taken out, and titles
 * that no named person holds. */
public record TitleResolution(List<Person> people, List<NamedEntity> organizations,
    List<NamedEntity> locations, List<UnresolvedTitle> unresolvedTitles) {

  public TitleResolution {
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    locations = List.copyOf(locations);
    unresolvedTitles = List.copyOf(unresolvedTitles);
  }
}
