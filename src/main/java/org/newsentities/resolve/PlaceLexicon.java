package org.newsentities.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsentities.config.Resources;

/**
 * Countries, their adjectives and capitals ({@code models/lexicons/}): "Pakistani" → Pakistan, "US"
 * → United States, "Islamabad" → Pakistan. All lookups compare normalized names ({@link Names#key}).
 */
public final class PlaceLexicon {

  public static final String DEMONYMS = "models/lexicons/demonyms.tsv";
  public static final String CAPITALS = "models/lexicons/capitals.tsv";

  private final Map<String, String> countryByName = new HashMap<>();
  private final Map<String, String> countryByCapital = new HashMap<>();

  /**
   * @param aliases variant → canonical place name (location-aliases.tsv)
   * @param demonyms adjective → country
   * @param capitals capital → country
   */
  public PlaceLexicon(Map<String, String> aliases, Map<String, String> demonyms,
      Map<String, String> capitals) {
    demonyms.values().forEach(c -> countryByName.put(Names.key(c), c));
    capitals.values().forEach(c -> countryByName.put(Names.key(c), c));
    aliases.values().forEach(c -> countryByName.put(Names.key(c), c));
    aliases.forEach((variant, c) -> countryByName.put(Names.key(variant), c));
    demonyms.forEach((adjective, c) -> countryByName.put(Names.key(adjective), c));
    capitals.forEach((city, c) -> countryByCapital.put(Names.key(city), c));
  }

  public static PlaceLexicon load() {
    return new PlaceLexicon(Resources.tsv(EntityAssembler.LOCATION_ALIASES),
        Resources.tsv(DEMONYMS), Resources.tsv(CAPITALS));
  }

  /** The country a name or adjective stands for: "Pakistani", "Pakistan's", "U.S." */
  public Optional<String> country(String nameOrAdjective) {
    return Optional.ofNullable(countryByName.get(Names.key(nameOrAdjective)));
  }

  /** The country of a capital city: "ISLAMABAD" → Pakistan. */
  public Optional<String> countryOfCapital(String city) {
    return Optional.ofNullable(countryByCapital.get(Names.key(city)));
  }

  /**
   * The country that a multi-word name starts with, and how many of its words name it:
   * "Pakistani Foreign Office" → (Pakistan, 1), "United States Embassy" → (United States, 2).
   */
  public Optional<Prefix> countryPrefix(List<String> words) {
    for (int n = Math.min(4, words.size()); n >= 1; n--) {
      String country = countryByName.get(Names.key(String.join(" ", words.subList(0, n))));
      if (country != null) {
        return Optional.of(new Prefix(country, n));
      }
    }
    return Optional.empty();
  }

  /** A country at the start of a name, and the number of words it takes. */
  public record Prefix(String country, int words) {}
}
