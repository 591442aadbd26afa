package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * Repairs the edges of organization mentions where news text regularly misleads the tagger, and
 * adds the legislatures it leaves untagged:
 * <ul>
 *   <li>a party name cut in two: "Liberal [Democrat] leader" is the Liberal Democrats, not the
 *       Democratic Party; "[Reform] Party", "[Standards Board] of [England]", "[Commission] for
 *       [Africa]" are one name each;
 *   <li>members or a medium after the name: "[Labour MPs]" is Labour, "[BBC News website]" is BBC
 *       News;
 *   <li>two names joined by a possessive: "[Stanford University's Center for Health Policy]" is two
 *       organizations, "[BBC One's Breakfast]" is BBC One (a programme is no organization);
 *   <li>"Parliament", "the Commons", "Congress" written alone, which the tagger leaves out or calls
 *       a place;
 *   <li>a person's name right after a title, which the tagger took for an organization because of
 *       its last word: "Telecoms ombudsman [Elizabeth France]" (a given name first);
 *   <li>a company, club or band that the tagger took for a place, where a post names it:
 *       "chief executive of [Wippit]", "development director at [Codemasters]", "Former [Boyzone]
 *       singer" (not a country or capital: "Wales coach").
 * </ul>
 */
final class OrganizationSpanRepairer {

  /** Members of a party or body, written after its name, as written ("Social Workers" is a name). */
  private static final Set<String> MEMBERS = Set.of("MPs", "MEPs", "MSPs", "AMs", "MLAs", "peers",
      "supporters", "members", "voters", "activists", "councillors", "candidates", "backbenchers",
      "rebels", "officials", "workers", "fans", "staff", "delegates");
  /** A medium of an organization, written in lower case after its name ("Sky Channel" is a name). */
  private static final Set<String> MEDIA = Set.of("website", "site", "programme", "program",
      "show", "bulletin", "newspaper", "magazine", "channel", "podcast");
  /** A company's "of Place" is where it is, not part of its name: "Kia Motor Corp of South Korea". */
  private static final Set<String> COMPANY_ENDINGS = Set.of("inc", "corp", "corporation", "co",
      "ltd", "plc", "company", "group", "holdings", "firm", "motors", "dynamics", "mills", "llc");
  /** Legislatures named by one capitalized word. */
  private static final Set<String> LEGISLATURES = Set.of("Parliament", "Commons", "Congress");

  /** Kinds of posts whose organization is a company, club or band rather than a place. */
  private static final Set<String> NON_STATE_KINDS = Set.of("corporate", "media", "arts", "sport");

  private final OrganizationLexicon organizations;
  private final GivenNames givenNames;
  private final PlaceLexicon places;

  OrganizationSpanRepairer(OrganizationLexicon organizations, GivenNames givenNames,
      PlaceLexicon places) {
    this.organizations = organizations;
    this.givenNames = givenNames;
    this.places = places;
  }

  /** @param phrases the title phrases of each sentence, by sentence index */
  List<EntitySpan> repair(String text, List<TaggedSentence> sentences,
      List<List<TitlePhrase>> phrases) {
    List<EntitySpan> result = new ArrayList<>();
    for (TaggedSentence s : sentences) {
      int consumedTo = 0;
      for (EntitySpan span : s.spans()) {
        if (s.localBegin(span) < consumedTo) {
          continue; // taken into the organization before it: "of [England]"
        }
        if (span.type() == EntityType.ORGANIZATION
            && isNameAfterTitle(s, span, phrases.get(s.index()))) {
          result.add(span.withType(EntityType.PERSON));
        } else if (span.type() == EntityType.ORGANIZATION) {
          int[] edges = edges(s, span);
          consumedTo = edges[1];
          result.addAll(splitAtPossessive(text, s, edges[0], edges[1]));
        } else if (span.type() == EntityType.LOCATION
            && isNamedByPost(s, span, phrases.get(s.index()))) {
          result.add(span.withType(EntityType.ORGANIZATION));
        } else if (isLegislature(s, s.localBegin(span)) && isOneWord(s, span)) {
          if (span.type() == EntityType.LOCATION) {
            result.add(span.withType(EntityType.ORGANIZATION)); // "in [Parliament]"
          } // a legislature tagged as a person or miscellaneous is neither
        } else {
          result.add(span);
        }
      }
      for (int k = 0; k < s.size(); k++) {
        if (!s.isEntity(k) && isLegislature(s, k)) {
          result.add(MentionRepairer.span(text, s, EntityType.ORGANIZATION, k, k + 1));
        }
      }
    }
    result.sort(Comparator.comparingInt(EntitySpan::start));
    return result;
  }

  private boolean isNameAfterTitle(TaggedSentence s, EntitySpan span, List<TitlePhrase> phrases) {
    int from = s.localBegin(span);
    int to = s.localEnd(span);
    if (to - from < 2 || to - from > 3 || !givenNames.contains(s.word(from))
        || phrases.stream().noneMatch(p -> p.end() == from)) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!s.isNameWord(k) || organizations.isHead(s.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /** A "place" that a company's, club's or band's post names: "chief executive of [Wippit]". */
  private boolean isNamedByPost(TaggedSentence s, EntitySpan span, List<TitlePhrase> phrases) {
    int from = s.localBegin(span);
    int to = s.localEnd(span);
    if (places.country(span.text()).isPresent() || places.countryOfCapital(span.text()).isPresent()) {
      return false;
    }
    for (TitlePhrase p : phrases) {
      if (!NON_STATE_KINDS.contains(p.head().kind())) {
        continue;
      }
      boolean before = to == p.titleBegin();
      boolean after = from >= 2 && from - 1 == p.titleEnd()
          && (s.lower(from - 1).equals("of") || s.lower(from - 1).equals("at"));
      if (before || after) {
        return true;
      }
    }
    return false;
  }

  /** The repaired token range of an organization span: {begin, end}. */
  private int[] edges(TaggedSentence s, EntitySpan span) {
    int from = s.localBegin(span);
    int to = s.localEnd(span);
    if (from > 0 && s.isCapitalized(from - 1) && !s.isEntity(from - 1)) {
      Optional<String> whole = organizations.party(s.word(from - 1) + " " + span.text());
      if (whole.isPresent() && !whole.equals(organizations.party(span.text()))) {
        from--; // "Liberal Democrat": the whole is another party than its tail
      }
    }
    while (s.inRange(to) && !s.isEntity(to) && s.isCapitalized(to)
        && organizations.isHead(s.lower(to))) {
      to++; // "[Reform] Party"
    }
    if (organizations.isHead(s.lower(to - 1)) && !COMPANY_ENDINGS.contains(s.lower(to - 1))
        && s.inRange(to + 1)
        && (s.lower(to).equals("of") || s.lower(to).equals("for"))) {
      int after = to + 1;
      Optional<EntitySpan> next = s.span(after)
          .filter(n -> s.localBegin(n) == after && n.type() == EntityType.LOCATION);
      if (next.isPresent()) {
        to = s.localEnd(next.get()); // "[Standards Board] of [England]"
      }
    }
    while (to - from > 1 && isTrailingNonName(s, to - 1)) {
      to--;
    }
    return new int[] {from, to};
  }

  /** "[Stanford University 's Center for Health Policy]": two names; a programme after it, none. */
  private List<EntitySpan> splitAtPossessive(String text, TaggedSentence s, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      boolean nameBefore = k - from > 1 || s.word(from).matches("[A-Z]{2,}");
      if (s.isPossessive(k) && nameBefore) { // not "Workers' Educational Association"
        List<EntitySpan> parts = new ArrayList<>();
        parts.add(MentionRepairer.span(text, s, EntityType.ORGANIZATION, from, k));
        if (hasCapitalizedHead(s, k + 1, to)) {
          parts.add(MentionRepairer.span(text, s, EntityType.ORGANIZATION, k + 1, to));
        }
        return parts;
      }
    }
    return List.of(MentionRepairer.span(text, s, EntityType.ORGANIZATION, from, to));
  }

  private boolean hasCapitalizedHead(TaggedSentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.isCapitalized(k) && organizations.isHead(s.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** "MPs" of "Labour MPs", "website" of "BBC News website". */
  private static boolean isTrailingNonName(TaggedSentence s, int k) {
    return MEMBERS.contains(s.word(k)) || MEDIA.contains(s.word(k));
  }

  private static boolean isOneWord(TaggedSentence s, EntitySpan span) {
    return s.localEnd(span) - s.localBegin(span) == 1;
  }

  /** A legislature's one-word name, standing alone: not "Parliament Square", "European Parliament". */
  private static boolean isLegislature(TaggedSentence s, int k) {
    if (!LEGISLATURES.contains(s.word(k))) {
      return false;
    }
    boolean capitalizedBefore = k > 1 && s.isCapitalized(k - 1) && !s.isPossessive(k - 1);
    boolean capitalizedAfter = s.inRange(k + 1) && s.isCapitalized(k + 1);
    return !capitalizedBefore && !capitalizedAfter;
  }
}
