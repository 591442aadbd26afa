package org.newsentities.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An organization's short form refers to a longer name when it is its acronym ("GM" for "General
 * Motors"), an alias the article gives ("Trade and Investment Framework (TIFA)"), or the longer
 * name's tail of two or more words ("Foreign Office" for "Pakistani Foreign Office"). Before that,
 * names are made comparable ({@link #canonical}): a party's names and adjectives are one ("Tories",
 * "Conservative Party"); a government body's usual names are one ("State Department", "Department of
 * State"); and the country in front of a government body is written one way ("US Embassy", "United
 * States Embassy"; "Pakistani Foreign Office", "Pakistan Ministry of Foreign Affairs").
 */
public final class OrganizationNameMatcher implements NameMatcher {

  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "&", "on", "in");
  /** Last words of the bodies of a state, whose country prefix may be written several ways. */
  private static final Set<String> STATE_BODIES = Set.of("embassy", "consulate", "ministry",
      "department", "office", "government", "army", "navy", "police", "parliament", "administration",
      "mission", "military", "forces", "force", "cabinet", "treasury", "senate", "congress",
      "affairs", "state", "defence", "defense", "interior", "justice", "finance", "health");

  private final Optional<OrganizationLexicon> lexicon;
  private final Optional<PlaceLexicon> places;
  private final Map<String, String> aliases;

  /** Acronyms and tails only, without lexicons. */
  public OrganizationNameMatcher() {
    this(Optional.empty(), Optional.empty(), Map.of());
  }

  /**
   * @param aliases normalized short name → normalized full name, as the article gives them
   */
  public OrganizationNameMatcher(OrganizationLexicon lexicon, PlaceLexicon places,
      Map<String, String> aliases) {
    this(Optional.of(lexicon), Optional.of(places), aliases);
  }

  private OrganizationNameMatcher(Optional<OrganizationLexicon> lexicon,
      Optional<PlaceLexicon> places, Map<String, String> aliases) {
    this.lexicon = lexicon;
    this.places = places;
    this.aliases = Map.copyOf(aliases);
  }

  @Override
  public String canonical(String key) {
    if (lexicon.isEmpty() || key.isEmpty()) {
      return key;
    }
    Optional<String> party = lexicon.get().party(key);
    if (party.isPresent()) {
      return Names.key(party.get());
    }
    String body = lexicon.get().body(key);
    List<String> words = Names.tokens(key);
    Optional<PlaceLexicon.Prefix> country = places.flatMap(p -> p.countryPrefix(words));
    if (country.isPresent() && country.get().words() < words.size()
        && STATE_BODIES.contains(words.get(words.size() - 1))) {
      String rest = String.join(" ", words.subList(country.get().words(), words.size()));
      return Names.key(country.get().country()) + " " + lexicon.get().body(rest);
    }
    return body;
  }

  @Override
  public boolean refersTo(String shortKey, String longKey) {
    String alias = aliases.get(shortKey);
    if (alias != null) {
      return canonical(alias).equals(longKey);
    }
    List<String> s = Names.tokens(shortKey);
    List<String> l = Names.tokens(longKey);
    if (s.isEmpty() || s.size() >= l.size()) {
      return false;
    }
    if (s.size() == 1 && s.get(0).equals(acronym(l))) {
      return true;
    }
    return s.size() >= 2 && l.subList(l.size() - s.size(), l.size()).equals(s);
  }

  /** Initials of the content words: "trade and investment framework" → "tif". */
  static String acronym(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!FUNCTION_WORDS.contains(w)) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }
}
