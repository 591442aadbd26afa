package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * Takes titles out of the NER stage's names: "Counterterrorism Christopher Landberg" → person
 * "Christopher Landberg"; organization "US Department of State Acting Coordinator for
 * Counterterrorism" → organization "US Department of State"; organization "Acting Coordinator
 * Landberg" → person "Landberg"; "Spokeswoman", "UN" and "Economic Diplomacy" inside a title → no
 * entity. Adds the organizations in front of titles that the tagger missed ("Ministry of Foreign
 * Affairs"), and makes organizations of places and adjectives that name one ("United States
 * Embassy", "Tory").
 */
final class MentionRepairer {

  /** Honorifics and peerage styles that the NER stage sometimes puts into a name. */
  static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame",
      "lord", "lady", "baroness", "baron", "viscount", "earl", "professor", "prof", "rev");

  private final OrganizationLexicon organizations;
  private final TitleLexicon titles;

  MentionRepairer(OrganizationLexicon organizations, TitleLexicon titles) {
    this.organizations = organizations;
    this.titles = titles;
  }

  List<EntitySpan> repair(String text, List<TaggedSentence> sentences,
      List<List<TitlePhrase>> phrases) {
    List<EntitySpan> result = new ArrayList<>();
    for (TaggedSentence s : sentences) {
      List<TitlePhrase> inSentence = phrases.get(s.index());
      List<OrgRef> found = new ArrayList<>();
      for (TitlePhrase p : inSentence) {
        p.org().filter(o -> o.kind() == OrgRef.Kind.ORGANIZATION_PHRASE)
            .filter(o -> onlyPlaces(s, o.begin(), o.end()) || p.coversTitleToken(o.begin()))
            .ifPresent(found::add);
      }
      for (EntitySpan span : s.spans()) {
        if (found.stream().anyMatch(o -> s.localBegin(span) >= o.begin()
            && s.localEnd(span) <= o.end() && !inTitle(s, inSentence, o.begin()))) {
          continue; // "Pakistan" inside "Pakistan Ministry of Foreign Affairs"
        }
        for (EntitySpan piece : split(text, s, withMonthNameBefore(text, s, span), inSentence)) {
          result.add(retyped(piece));
        }
      }
      found.forEach(o -> result.add(span(text, s, EntityType.ORGANIZATION, o.begin(), o.end())));
    }
    result.sort(Comparator.comparingInt(EntitySpan::start));
    return consistentlyTyped(result);
  }

  /**
   * A one-word "person" that the article also tags as an organization, and that is no part of a
   * longer person name, is that organization ("McDonald 's" tagged PERSON five times, once ORG).
   */
  private static List<EntitySpan> consistentlyTyped(List<EntitySpan> spans) {
    Set<String> orgs = new java.util.HashSet<>();
    Set<String> personWords = new java.util.HashSet<>();
    for (EntitySpan span : spans) {
      if (span.type() == EntityType.ORGANIZATION) {
        orgs.add(Names.key(span.text()));
      } else if (span.type() == EntityType.PERSON && span.tokenEnd() - span.tokenBegin() > 1) {
        personWords.addAll(Names.tokens(span.text()));
      }
    }
    List<EntitySpan> result = new ArrayList<>();
    for (EntitySpan span : spans) {
      String key = Names.key(span.text());
      boolean orgName = span.type() == EntityType.PERSON && !key.contains(" ")
          && orgs.contains(key) && !personWords.contains(key);
      result.add(orgName ? span.withType(EntityType.ORGANIZATION) : span);
    }
    return result;
  }

  /** The parts of a span outside the title words of the sentence's phrases. */
  private List<EntitySpan> split(String text, TaggedSentence s, EntitySpan span,
      List<TitlePhrase> phrases) {
    int from = s.localBegin(span);
    int to = s.localEnd(span);
    boolean touched = false;
    if (span.type() == EntityType.PERSON) {
      while (from < to - 1 && s.isHonorific(from)) {
        from++; // "Baroness Amos" is the person Amos; styles are no part of names
        touched = true;
      }
    }
    List<EntitySpan> pieces = new ArrayList<>();
    int k = from;
    while (k < to) {
      if (inTitle(s, phrases, k)) {
        touched = true;
        k++;
        continue;
      }
      int pieceEnd = k;
      while (pieceEnd < to && !inTitle(s, phrases, pieceEnd)) {
        pieceEnd++;
      }
      pieces.add(piece(text, s, span.type(), k, pieceEnd, phrases));
      k = pieceEnd;
    }
    if (!touched) {
      return List.of(span);
    }
    return pieces.stream().filter(p -> p != null).toList();
  }

  /** A piece right after a title inside an organization is the name of the title's holder. */
  private EntitySpan piece(String text, TaggedSentence s, EntityType type, int from, int to,
      List<TitlePhrase> phrases) {
    while (from < to && !hasLetter(s.word(from))) {
      from++;
    }
    while (to > from && (!hasLetter(s.word(to - 1)) || s.isPossessive(to - 1))) {
      to--;
    }
    if (from == to || allPortfolio(s, from, to)) {
      return null;
    }
    int first = from;
    boolean afterTitle = phrases.stream().anyMatch(p -> p.end() == first || p.titleEnd() == first);
    EntityType newType = type;
    if (afterTitle && type != EntityType.PERSON && nameLike(s, from, to)) {
      newType = EntityType.PERSON;
    }
    return span(text, s, newType, from, to);
  }

  private boolean nameLike(TaggedSentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!s.isNameWord(k) || organizations.isHead(s.lower(k)) || titles.isPortfolio(s.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Organization heads that also end names of places, territories, buildings and competitions:
   * "West Bank", "Soviet Union", "Russian Federation", "White House", "Champions League". A place
   * or other name ending in one keeps the tagger's type.
   */
  private static final Set<String> PLACE_LIKE_HEADS = Set.of("bank", "union", "federation",
      "house", "centre", "center", "league", "division", "republic", "kingdom", "states");

  /** Places and adjectives that are organizations: "United States Embassy", "Tory". */
  private EntitySpan retyped(EntitySpan span) {
    if (span.type() == EntityType.ORGANIZATION || span.type() == EntityType.PERSON) {
      return span;
    }
    List<String> words = Names.tokens(span.text());
    String last = words.isEmpty() ? "" : words.get(words.size() - 1);
    boolean orgHead = words.size() > 1 && organizations.isHead(last)
        && !PLACE_LIKE_HEADS.contains(last);
    if (orgHead || span.type() == EntityType.MISC && organizations.party(span.text()).isPresent()) {
      return span.withType(EntityType.ORGANIZATION);
    }
    return span;
  }

  private boolean inTitle(TaggedSentence s, List<TitlePhrase> phrases, int k) {
    for (TitlePhrase p : phrases) {
      if (p.coversTitleToken(k)) {
        return true;
      }
      // "Former Labour" tagged as one organization in "Former Labour leader Neil Kinnock"
      if (p.former() && k >= p.zoneBegin() && k < p.titleBegin()
          && titles.isFormerMarker(s.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean allPortfolio(TaggedSentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = s.lower(k);
      if (!titles.isPortfolio(w) && !w.equals("and") && !w.equals("&") && !w.equals("of")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the only entities among the tokens are places (a country in front of a ministry). */
  private static boolean onlyPlaces(TaggedSentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.isEntity(k) && !s.is(k, EntityType.LOCATION)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String w) {
    return w.chars().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * "Jan Peter Balkenende", "Jan Egeland": a first name that is also a month's abbreviation, which
   * the tagger reads as a date and leaves out of the name; right before a name it is none.
   */
  private static EntitySpan withMonthNameBefore(String text, TaggedSentence s, EntitySpan span) {
    int before = s.localBegin(span) - 1;
    if (span.type() != EntityType.PERSON || !s.inRange(before) || !s.word(before).equals("Jan")
        || s.isEntity(before) || s.inRange(before - 1) && s.pos(before - 1).equals("CD")) {
      return span;
    }
    return span(text, s, EntityType.PERSON, before, s.localEnd(span));
  }

  static EntitySpan span(String text, TaggedSentence s, EntityType type, int from, int to) {
    var first = s.token(from);
    var last = s.token(to - 1);
    return new EntitySpan(type, text.substring(first.start(), last.end()), first.start(),
        last.end(), first.index(), last.index() + 1, s.index());
  }
}
