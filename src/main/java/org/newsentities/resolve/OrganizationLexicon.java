package org.newsentities.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsentities.config.Resources;

/**
 * What the resolver knows about organization names ({@code models/lexicons/}): the words they end
 * in ("Ministry", "Embassy"), party names and adjectives ("Tory" → Conservative Party) and the usual
 * names of the same government body ("Foreign Office" = "Ministry of Foreign Affairs").
 */
public final class OrganizationLexicon {

  public static final String HEADS = "models/lexicons/organization-heads.txt";
  public static final String PARTIES = "models/lexicons/parties.tsv";
  public static final String ALIASES = "models/lexicons/organization-aliases.tsv";
  public static final String DEPARTMENTS = "models/lexicons/departments.txt";
  public static final String NOUNS = "models/lexicons/organization-nouns.txt";
  public static final String PARTY_COUNTRIES = "models/lexicons/party-countries.tsv";

  private final Set<String> heads;
  private final Map<String, String> partyByName = new HashMap<>();
  private final Map<String, String> bodyByName = new HashMap<>();
  private final Set<String> departments;
  private final Set<String> nouns;
  private final Map<String, String> countryByParty = new HashMap<>();

  public OrganizationLexicon(List<String> heads, Map<String, String> parties,
      Map<String, String> bodies, List<String> departments) {
    this(heads, parties, bodies, departments, List.of(), Map.of());
  }

  public OrganizationLexicon(List<String> heads, Map<String, String> parties,
      Map<String, String> bodies, List<String> departments, List<String> nouns,
      Map<String, String> partyCountries) {
    this.nouns = nouns.stream().map(Names::key).collect(Collectors.toUnmodifiableSet());
    partyCountries.forEach((party, country) -> countryByParty.put(Names.key(party), country));
    this.heads = heads.stream().map(Names::key).collect(Collectors.toUnmodifiableSet());
    this.departments = departments.stream().map(Names::key)
        .collect(Collectors.toUnmodifiableSet());
    parties.forEach((name, party) -> partyByName.put(Names.key(name), party));
    bodies.forEach((name, body) -> bodyByName.put(Names.key(name), Names.key(body)));
  }

  public static OrganizationLexicon load() {
    return new OrganizationLexicon(Resources.lines(HEADS), Resources.tsv(PARTIES),
        Resources.tsv(ALIASES), Resources.lines(DEPARTMENTS), Resources.lines(NOUNS),
        Resources.tsv(PARTY_COUNTRIES));
  }

  /** Whether organization names end in this word ("ministry", "Embassy"). */
  public boolean isHead(String word) {
    return heads.contains(Names.key(word));
  }

  /** A common noun that describes an organization before its name: "firm", "giant", "club". */
  public boolean isOrganizationNoun(String word) {
    return nouns.contains(Names.key(word));
  }

  /** The country of a party, by the party's name: "Labour Party" → United Kingdom. */
  public Optional<String> countryOfParty(String party) {
    return Optional.ofNullable(countryByParty.get(Names.key(party)));
  }

  /** A department named by one word that titles use as their portfolio: "Treasury". */
  public boolean isDepartment(String word) {
    return departments.contains(Names.key(word));
  }

  /** The party a name or adjective stands for: "Tory", "Lib Dems", "Labour". */
  public Optional<String> party(String name) {
    return Optional.ofNullable(partyByName.get(Names.key(name)));
  }

  /** One key for the names of the same government body: "foreign office" → "ministry of foreign affairs". */
  public String body(String key) {
    return bodyByName.getOrDefault(key, key);
  }
}
