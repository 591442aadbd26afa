package org.newsentities.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * The organization (or country) a linked title belongs to, with how sure we are of it (its rank,
 * highest first):
 * <ol reversed start="6">
 *   <li>the phrase itself: in front ("GM chief executive", "Pakistan's Ministry of Foreign Affairs
 *       Additional Secretary", "Tory leader"), or after it ("chief executive of General Motors");
 *   <li>a department that the title's portfolio names ("Treasury Secretary" → the Treasury,
 *       "Secretary of Education" → the article's Department of Education);
 *   <li>the organization that speaks in the sentence ("…, the State Department said"), or for a
 *       national office that organization's country — unless the title's own clause names another
 *       country ("the US delegation will be headed by …", said the Pakistani Foreign Office);
 *   <li>the sentence: its one country for a national office ("Kenya's … President Mwai Kibaki"),
 *       the organization it starts with for other posts ("Wal-Mart … company president Lee Scott");
 *   <li>the country of a national office from the dateline ("ISLAMABAD: … Foreign Secretary X");
 *   <li>the article: its main country for a national office, its main organization for a
 *       corporate or sport post;
 *   <li>none: the text does not say.
 * </ol>
 */
final class OrganizationAttributor {

  static final int PHRASE = 6;
  static final int DEPARTMENT = 5;
  static final int SPEAKER = 4;
  static final int SENTENCE = 3;
  static final int DATELINE = 2;
  static final int ARTICLE = 1;

  /** An organization and the rank of its evidence. */
  record Attribution(Optional<String> organization, int rank) {
    static final Attribution NONE = new Attribution(Optional.empty(), 0);
  }

  private final PlaceLexicon places;
  private final OrganizationLexicon organizations;

  OrganizationAttributor(PlaceLexicon places, OrganizationLexicon organizations) {
    this.places = places;
    this.organizations = organizations;
  }

  /**
   * Occupations (kinds in {@link #OCCUPATIONS}) are not offices of a state: a country adjective in
   * front of them ("a Swedish actress", "British novelist") is the person's nationality, not the
   * title's organization ("Swedish foreign minister" keeps Sweden).
   */
  private static boolean isNationality(TitlePhrase p, OrgRef ref) {
    return ref.kind() == OrgRef.Kind.DEMONYM && OCCUPATIONS.contains(p.head().kind());
  }

  private static final Set<String> OCCUPATIONS =
      Set.of("arts", "academic", "profession", "religious", "media");

  Attribution attribute(TitleLink link, ArticleContext context) {
    TitlePhrase p = link.phrase();
    TaggedSentence s = context.sentence(p.sentence());
    Optional<String> inPhrase = p.org().filter(ref -> !isNationality(p, ref))
        .flatMap(ref -> context.name(ref, s));
    if (inPhrase.isPresent()) {
      return new Attribution(inPhrase, PHRASE);
    }
    Optional<String> placeAfterName = placeAfterName(link, s, context);
    if (placeAfterName.isPresent()) {
      return new Attribution(placeAfterName, PHRASE);
    }
    Optional<String> department = context.departmentOf(p.title());
    if (department.isPresent()) {
      return new Attribution(department, DEPARTMENT);
    }
    Set<String> clause = clauseCountries(s, link);
    Optional<EntitySpan> speaker = context.speaker(p.sentence());
    if (speaker.isPresent()) {
      Optional<String> org = context.organizationAt(speaker.get().start());
      Optional<String> country = org.flatMap(context::countryOf);
      boolean conflict = country.isPresent() && !clause.isEmpty() && !clause.contains(country.get());
      if (org.isPresent() && !conflict) {
        if (!p.national()) {
          return new Attribution(org, SPEAKER);
        }
        if (country.isPresent()) {
          return new Attribution(Optional.of(context.countryName(country.get())), SPEAKER);
        }
      }
    }
    // before national offices: "the organisation's president" is not a head of state
    if (refersBack(s, p.zoneBegin())) {
      Optional<String> referred = context.organizationBefore(s.index(), p.zoneBegin());
      if (referred.isPresent()) {
        return new Attribution(referred, SENTENCE); // "its chief executive", "the club's captain"
      }
      if (possessedByNoun(s, p.zoneBegin())) {
        return Attribution.NONE; // "the university's chancellor": no country's office
      }
    }
    if (p.national()) {
      Set<String> inSentence = countries(s, 0, s.size());
      if (inSentence.size() == 1) {
        return country(context, inSentence.iterator().next(), SENTENCE);
      }
      Optional<String> dateline = context.datelineCountry();
      if (dateline.isPresent() && (clause.isEmpty() || clause.contains(dateline.get()))) {
        return country(context, dateline.get(), DATELINE);
      }
      if (inSentence.isEmpty() && context.mainCountry().isPresent()) {
        return country(context, context.mainCountry().get(), ARTICLE);
      }
      return Attribution.NONE;
    }
    String kind = p.head().kind();
    if (kind.equals("legislative")) {
      Optional<String> house = legislature(s, context);
      if (house.isPresent()) {
        return new Attribution(house, SENTENCE); // "made a life peer … in the House of Lords"
      }
    }
    if (kind.equals("local")) {
      Optional<String> place = onlyPlace(s, context).or(context::mainPlace);
      return place.map(pl -> new Attribution(Optional.of(pl), ARTICLE)).orElse(Attribution.NONE);
    }
    Optional<String> team = nationalSide(s, context);
    if (team.isPresent() && kind.equals("sport")) {
      return new Attribution(team, SENTENCE); // "the USA national team … head coach Bob Bradley"
    }
    // a sentence that starts with a name and speaks of a musician or actor is about a work more
    // often than an employer ("Follow Your Heart is the first album by singer X")
    Optional<String> subject = kind.equals("arts") ? Optional.empty()
        : context.subjectOrganization(s);
    if (subject.isPresent()) {
      return new Attribution(subject, SENTENCE);
    }
    if (kind.equals("corporate") || kind.equals("sport")) {
      return context.mainOrganization().map(o -> new Attribution(Optional.of(o), ARTICLE))
          .orElse(Attribution.NONE);
    }
    return Attribution.NONE;
  }

  /** Words that refer back to an organization named before: "its", "the club's", "the firm". */
  private static final Set<String> BACK_REFERENCES = Set.of("its", "their");

  /**
   * Whether the title is the post of an organization the text named before: "its chief
   * executive", or "the club", "the company" earlier in the sentence ("derail the club's hopes …
   * including captain Jason Robinson").
   */
  private boolean refersBack(TaggedSentence s, int zoneBegin) {
    if (zoneBegin > 0 && BACK_REFERENCES.contains(s.lower(zoneBegin - 1))
        || zoneBegin < s.size() && BACK_REFERENCES.contains(s.lower(zoneBegin))) {
      return true;
    }
    for (int k = 1; k < Math.min(zoneBegin, s.size()); k++) {
      if (s.lower(k - 1).equals("the") && !s.isCapitalized(k)
          && organizations.isOrganizationNoun(s.lower(k))
          && !(s.inRange(k + 1) && s.isCapitalized(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Prime Minister Mykola Azarov of Ukraine", "Senator John Ensign of Nevada": the place right
   * after the name of a national or legislative office's holder is the office's.
   */
  private Optional<String> placeAfterName(TitleLink link, TaggedSentence s,
      ArticleContext context) {
    TitlePhrase p = link.phrase();
    if (link.pattern() != TitleLink.Pattern.PREMODIFIER
        || !(p.national() || p.head().kind().equals("legislative"))
        || link.person().sentence() != s.index()) {
      return Optional.empty();
    }
    int k = s.localEnd(link.person());
    if (!s.inRange(k + 1) || !s.lower(k).equals("of")) {
      return Optional.empty();
    }
    int at = s.lower(k + 1).equals("the") ? k + 2 : k + 1;
    return s.spanStartingAt(at, EntityType.LOCATION)
        .map(sp -> places.country(sp.text()).map(context::countryName).orElse(sp.text()));
  }

  /** "the university 's | chancellor": a lower-case organization noun owns the title. */
  private boolean possessedByNoun(TaggedSentence s, int zoneBegin) {
    return zoneBegin >= 2 && s.isPossessive(zoneBegin - 1) && !s.isCapitalized(zoneBegin - 2)
        && organizations.isOrganizationNoun(s.lower(zoneBegin - 2));
  }

  /** "the USA national team", "England's national side": the country of a national side. */
  private Optional<String> nationalSide(TaggedSentence s, ArticleContext context) {
    for (int k = 0; k + 2 < s.size(); k++) {
      if (s.is(k, EntityType.LOCATION) && !s.is(k + 1, EntityType.LOCATION)
          && s.lower(k + 1).equals("national") && organizations.isOrganizationNoun(s.lower(k + 2))
          || s.is(k, EntityType.LOCATION) && s.lower(k + 1).equals("national")
          && s.lower(k + 2).equals("squad")) {
        String place = s.span(k).get().text();
        return Optional.of(places.country(place).map(context::countryName).orElse(place));
      }
    }
    return Optional.empty();
  }

  /** Last words of the names of legislatures: "House of Lords", "European Parliament". */
  private static final Set<String> HOUSES = Set.of("lords", "commons", "parliament", "assembly",
      "congress", "senate", "house");

  /** The one legislature that the sentence names, for a member's post. */
  private Optional<String> legislature(TaggedSentence s, ArticleContext context) {
    Set<String> found = new HashSet<>();
    for (EntitySpan sp : s.spans()) {
      List<String> words = Names.tokens(sp.text());
      if (sp.type() == EntityType.ORGANIZATION && !words.isEmpty()
          && HOUSES.contains(words.get(words.size() - 1))) {
        context.organizationAt(sp.start()).ifPresent(found::add);
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /** The one place other than a country that the sentence names: "the London mayor". */
  private Optional<String> onlyPlace(TaggedSentence s, ArticleContext context) {
    Set<String> found = new HashSet<>();
    for (EntitySpan sp : s.spans()) {
      if (sp.type() == EntityType.LOCATION && places.country(sp.text()).isEmpty()) {
        found.add(sp.text());
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  private static Attribution country(ArticleContext context, String country, int rank) {
    return new Attribution(Optional.of(context.countryName(country)), rank);
  }

  /**
   * The countries named in the clause of a link: the sentence cut at quotes, semicolons, colons and
   * at "and"/"but"/"while" that start a new clause.
   */
  private Set<String> clauseCountries(TaggedSentence s, TitleLink link) {
    int from = link.phrase().zoneBegin();
    int to = link.phrase().end();
    if (link.person().sentence() == s.index()) {
      from = Math.min(from, s.localBegin(link.person()));
      to = Math.max(to, s.localEnd(link.person()));
    }
    while (from > 0 && !isBoundary(s, from - 1)) {
      from--;
    }
    while (to < s.size() && !isBoundary(s, to)) {
      to++;
    }
    return countries(s, from, to);
  }

  /** The countries that the tokens {@code [from, to)} name, by name or adjective. */
  private Set<String> countries(TaggedSentence s, int from, int to) {
    Set<String> countries = new HashSet<>();
    for (int k = from; k < to; k++) {
      EntityType type = s.span(k).map(EntitySpan::type).orElse(null);
      if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
        continue;
      }
      String words = s.span(k).map(EntitySpan::text).orElse(s.word(k));
      int after = s.span(k).map(s::localEnd).orElse(k + 1);
      if (s.inRange(after) && CURRENCIES.contains(s.lower(after))) {
        continue; // "94.59 million U.S. dollars" names a currency, not the office's country
      }
      if (type != null || s.isCapitalized(k)) {
        places.country(words).ifPresent(countries::add);
      }
    }
    return countries;
  }

  private static final Set<String> CURRENCIES = Set.of("dollar", "dollars", "$", "pound",
      "pounds", "yen", "yuan", "rupee", "rupees", "euro", "euros", "peso", "pesos");

  private static boolean isBoundary(TaggedSentence s, int k) {
    String w = s.lower(k);
    if (w.equals(";") || w.equals(":") || w.equals("\u201c") || w.equals("\u201d")
        || w.equals("\"") || w.equals("``") || w.equals("''")) {
      return true;
    }
    if (w.equals("and") || w.equals("but") || w.equals("while") || w.equals("whereas")) {
      return s.inRange(k + 1) && (s.pos(k + 1).equals("DT") || s.pos(k + 1).startsWith("PRP"));
    }
    return false;
  }
}
