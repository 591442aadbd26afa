package org.newsentities.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * One annotated article in our document-level gold format (corpus/gold/README.md): who and what
 * the article names, without offsets.
 *
 * @param dates empty when the file has no {@code dates} field: its dates are then not scored
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocGold(String id, Optional<String> documentDate, List<Entity> persons,
    List<Entity> organizations, List<Entity> locations, List<TitlePair> titles,
    Optional<List<GoldDate>> dates) {

  public DocGold {
    documentDate = documentDate == null ? Optional.empty() : documentDate;
    persons = orEmpty(persons);
    organizations = orEmpty(organizations);
    locations = orEmpty(locations);
    titles = orEmpty(titles);
    dates = dates == null ? Optional.empty() : dates.map(List::copyOf);
  }

  public DocGold withId(String newId) {
    return new DocGold(newId, documentDate, persons, organizations, locations, titles, dates);
  }

  /** A person, organization or location: its fullest name and every surface string used. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Entity(String name, List<String> mentions) {
    public Entity {
      name = name == null ? "" : name;
      mentions = orEmpty(mentions);
    }
  }

  /** One (person, position) pair. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TitlePair(String person, String title, Optional<String> org, String full,
      boolean explicit, boolean former, String evidence) {
    public TitlePair {
      person = person == null ? "" : person;
      title = title == null ? "" : title;
      org = org == null ? Optional.empty() : org;
      full = full == null ? "" : full;
      evidence = evidence == null ? "" : evidence;
    }
  }

  /** A temporal expression as written, with its TIMEX3 type and value. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoldDate(String text, String type, String value) {
    public GoldDate {
      text = text == null ? "" : text;
      type = type == null ? "" : type;
      value = value == null ? "" : value;
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
