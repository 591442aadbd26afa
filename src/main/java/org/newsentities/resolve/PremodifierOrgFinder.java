package org.newsentities.resolve;

import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * The organization or place written in front of a title: "US Department of State | Acting
 * Coordinator", "GM | chief executive", "Tory | leader", "Pakistani | Foreign Secretary", "Pakistan's
 * Ministry of Foreign Affairs | Additional Secretary" (an organization the NER stage missed, found by
 * its last word), with a former marker in front of it ("former GM boss") and whether the phrase is
 * determined ("the", a possessive), which makes a bare title a reference to someone.
 */
final class PremodifierOrgFinder {

  private static final Set<String> DETERMINERS = Set.of("the", "its", "his", "her", "their", "our",
      "this", "that");
  private static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "mr", "mrs", "ms");

  /** The left edge of a title phrase. */
  record Zone(int begin, Optional<OrgRef> org, boolean former, boolean determiner) {}

  private final TitleLexicon lexicon;
  private final OrganizationLexicon organizations;
  private final PlaceLexicon places;

  PremodifierOrgFinder(TitleLexicon lexicon, OrganizationLexicon organizations,
      PlaceLexicon places) {
    this.lexicon = lexicon;
    this.organizations = organizations;
    this.places = places;
  }

  Zone find(TaggedSentence s, String text, int titleBegin, int floor) {
    return find(s, text, titleBegin, floor, false);
  }

  /**
   * @param bareName whether a capitalized word that no tag explains counts as the organization:
   *     before a lower-case club or company post ("City boss Kevin Keegan", "Sale captain")
   */
  Zone find(TaggedSentence s, String text, int titleBegin, int floor, boolean bareName) {
    int j = titleBegin - 1;
    if (j < floor) {
      return new Zone(titleBegin, Optional.empty(), false, false);
    }
    int open = acronymOpen(s, j, floor);
    boolean possessive = open < 0 && s.isPossessive(j);
    int end = open >= 0 ? open : possessive ? j : titleBegin;
    Optional<OrgRef> org = orgEndingAt(s, text, end, floor)
        .filter(o -> open < 0 || o.kind() == OrgRef.Kind.ORGANIZATION
            || o.kind() == OrgRef.Kind.ORGANIZATION_PHRASE)
        .or(() -> bareName && !possessive && open < 0 ? bareNameAt(s, text, end - 1, floor)
            : Optional.empty());
    if (org.isEmpty()) {
      boolean determiner = possessive || DETERMINERS.contains(s.lower(j));
      return new Zone(titleBegin, Optional.empty(), false, determiner);
    }
    int begin = org.get().begin();
    if (s.isPossessive(begin - 1) && begin - 2 >= floor) {
      Optional<String> possessor = s.span(begin - 2)
          .filter(sp -> sp.type() == EntityType.LOCATION)
          .flatMap(sp -> places.country(sp.text()).or(() -> Optional.of(sp.text())));
      if (possessor.isPresent()) {
        OrgRef o = org.get();
        org = Optional.of(new OrgRef(o.kind(), o.begin(), o.end(), o.text(), possessor));
        begin = s.localBegin(s.span(begin - 2).get());
      }
    }
    int marker = TitlePhraseFinder.formerMarkerStart(lexicon, s, begin - 1, floor);
    boolean former = marker >= 0 || !org.get().text().equals(s.text(text, begin, org.get().end()))
        && s.word(begin).contains("-");
    if (former) {
      begin = marker;
    }
    return new Zone(begin, org, former, true);
  }

  /**
   * Where "( ECB )" opens when token {@code close} closes a bracketed acronym after an organization
   * ("European Central Bank ( ECB ) President"), else -1.
   */
  private static int acronymOpen(TaggedSentence s, int close, int floor) {
    if (!s.isClosingBracket(close)) {
      return -1;
    }
    int open = close - 2;
    if (open <= floor || !s.isOpeningBracket(open)) {
      return -1;
    }
    String inside = s.word(close - 1);
    return inside.length() >= 2 && inside.chars().anyMatch(Character::isLetter)
        && inside.equals(inside.toUpperCase(java.util.Locale.ROOT)) ? open : -1;
  }

  /** An organization, party, place or country adjective whose last token is {@code end - 1}. */
  private Optional<OrgRef> orgEndingAt(TaggedSentence s, String text, int end, int floor) {
    int last = end - 1;
    if (last < floor) {
      return Optional.empty();
    }
    // a party of several words, whatever the tagger made of it: "Liberal Democrat"
    for (int n = Math.min(3, end - floor); n >= 2; n--) {
      if (organizations.party(s.text(text, end - n, end)).isPresent()
          && !s.is(end - n, EntityType.PERSON) && s.isCapitalized(end - n)) {
        // capitalized: ", Labour" is the one-word party after a comma, not a two-word one
        return Optional.of(ref(OrgRef.Kind.PARTY, s, text, end - n, end));
      }
    }
    // an organization span ends here, or runs on over the title ("US Department of State Acting
    // Coordinator for Counterterrorism" tagged as one organization)
    Optional<EntitySpan> span = s.span(last).filter(sp -> s.localEnd(sp) >= end
        && s.localBegin(sp) >= floor && sp.type() != EntityType.PERSON
        && (s.localEnd(sp) == end || sp.type() == EntityType.ORGANIZATION));
    if (span.isPresent()) {
      EntitySpan sp = span.get();
      int begin = s.localBegin(sp);
      while (begin < last && lexicon.isModifier(s.lower(begin)) && s.is(begin + 1, sp.type())) {
        begin++; // "Acting United States | Secretary of State" tagged as one span
      }
      if (begin < last && lexicon.isFormerMarker(s.lower(begin))) {
        begin++; // "Former Labour" tagged as one organization
        return Optional.of(ref(kindOf(sp.type(), s.text(text, begin, end)) == null
            ? OrgRef.Kind.ORGANIZATION : kindOf(sp.type(), s.text(text, begin, end)), s, text,
            begin, end));
      }
      if (s.localEnd(sp) > end) {
        if (begin == floor && floor > 0) {
          return Optional.empty(); // the name after an earlier title, not an organization
        }
        return Optional.of(ref(OrgRef.Kind.ORGANIZATION, s, text, begin, end));
      }
      String name = begin == s.localBegin(sp) ? sp.text() : s.text(text, begin, end);
      OrgRef.Kind kind = kindOf(sp.type(), name);
      return kind == null ? Optional.empty()
          : Optional.of(new OrgRef(kind, begin, end, name, Optional.empty()));
    }
    Optional<OrgRef> prefixed = formerPrefixed(s, last, end);
    if (prefixed.isPresent()) {
      return prefixed;
    }
    if (!s.isCapitalized(last) || s.isEntity(last)) {
      return Optional.empty();
    }
    if (organizations.party(s.word(last)).isPresent()) {
      return Optional.of(ref(OrgRef.Kind.PARTY, s, text, last, end));
    }
    if (places.country(s.word(last)).isPresent()) {
      return Optional.of(ref(OrgRef.Kind.DEMONYM, s, text, last, end));
    }
    return untaggedOrganization(s, text, end, floor);
  }

  /**
   * One or two capitalized words inside the sentence that no tag explains, or that the tagger
   * called miscellaneous: "City" in "City boss", "Balco" in "Balco boss".
   */
  private Optional<OrgRef> bareNameAt(TaggedSentence s, String text, int last, int floor) {
    int begin = last;
    while (begin >= Math.max(floor, 1) && begin > last - 2 && s.isCapitalized(begin)
        && (!s.isEntity(begin) || isMiscName(s, begin)) && s.pos(begin).startsWith("NNP")
        && !NOT_NAME_WORDS.contains(s.lower(begin)) && !lexicon.isModifier(s.lower(begin))
        && !lexicon.isHeadStart(s.word(begin))) {
      begin--;
    }
    begin++;
    return begin <= last ? Optional.of(ref(OrgRef.Kind.ORGANIZATION_PHRASE, s, text, begin,
        last + 1)) : Optional.empty();
  }

  /** A miscellaneous word that can be a name: not a nationality ("English"), nor "Award-nominated". */
  private boolean isMiscName(TaggedSentence s, int k) {
    return s.is(k, EntityType.MISC) && places.country(s.word(k)).isEmpty()
        && s.word(k).chars().allMatch(Character::isLetter);
  }

  /** "Ex-Labour leader": a former marker joined to a party or country. */
  private Optional<OrgRef> formerPrefixed(TaggedSentence s, int last, int end) {
    String w = s.word(last);
    int dash = w.indexOf('-');
    if (dash <= 0 || !lexicon.isFormerMarker(w.substring(0, dash))) {
      return Optional.empty();
    }
    String rest = w.substring(dash + 1);
    OrgRef.Kind kind = organizations.party(rest).isPresent() ? OrgRef.Kind.PARTY
        : places.country(rest).isPresent() ? OrgRef.Kind.DEMONYM : null;
    return kind == null ? Optional.empty()
        : Optional.of(new OrgRef(kind, last, end, rest, Optional.empty()));
  }

  private OrgRef.Kind kindOf(EntityType type, String name) {
    if (organizations.party(name).isPresent() && Character.isUpperCase(name.charAt(0))) {
      return OrgRef.Kind.PARTY;
    }
    return switch (type) {
      case ORGANIZATION -> OrgRef.Kind.ORGANIZATION;
      case LOCATION -> OrgRef.Kind.PLACE;
      case MISC -> places.country(name).isPresent() ? OrgRef.Kind.DEMONYM : null;
      default -> null;
    };
  }

  /** "Ministry of Foreign Affairs", "Pakistan Ministry of Foreign Affairs": needs a head word. */
  private Optional<OrgRef> untaggedOrganization(TaggedSentence s, String text, int end, int floor) {
    int k = end - 1;
    boolean hasHead = false;
    int begin = end;
    while (k >= floor) {
      String w = s.lower(k);
      boolean nameWord = s.isCapitalized(k) && !s.isEntity(k) && !NOT_NAME_WORDS.contains(w)
          && s.word(k).chars().anyMatch(Character::isLetter);
      if (nameWord) {
        hasHead |= organizations.isHead(w);
        begin = k;
        k--;
      } else if ((w.equals("of") || w.equals("and") || w.equals("&")) && k - 1 >= floor
          && s.isCapitalized(k - 1)) {
        k--;
      } else {
        break;
      }
    }
    if (!hasHead || begin == end) {
      return Optional.empty();
    }
    // a country right in front belongs to the name: "Pakistan Ministry of Foreign Affairs"
    int nameBegin = begin;
    Optional<EntitySpan> country = s.span(begin - 1).filter(sp -> sp.type() == EntityType.LOCATION
        && s.localEnd(sp) == nameBegin && s.localBegin(sp) >= floor);
    if (country.isPresent()) {
      begin = s.localBegin(country.get());
    }
    // so does a name the tagger cut before its head word: "[Reform] Party leader"
    Optional<EntitySpan> cut = s.span(begin - 1).filter(sp -> (sp.type() == EntityType.ORGANIZATION
        || sp.type() == EntityType.MISC) && s.localEnd(sp) == nameBegin
        && s.localBegin(sp) >= floor);
    if (cut.isPresent()) {
      begin = s.localBegin(cut.get());
    }
    return Optional.of(ref(OrgRef.Kind.ORGANIZATION_PHRASE, s, text, begin, end));
  }

  private static OrgRef ref(OrgRef.Kind kind, TaggedSentence s, String text, int begin, int end) {
    return new OrgRef(kind, begin, end, s.text(text, begin, end), Optional.empty());
  }
}
