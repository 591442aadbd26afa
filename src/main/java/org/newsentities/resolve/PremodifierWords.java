package org.newsentities.resolve;

import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * Which words in front of a title head belong to the title: portfolio words ("Foreign
 * Secretary", "store manager"), modifiers ("deputy", "acting"), a place that names the remit
 * ("Wales Secretary"), and a department among them ("Chief Treasury Secretary"); and which belong
 * to a name instead ("City boss", "Edge magazine editor", "UK Independence Party leader").
 */
final class PremodifierWords {

  /** Capitalized words that are never portfolio words in front of a head. */
  private static final Set<String> NOT_PORTFOLIO = Set.of("the", "a", "an", "mr", "mrs", "ms", "dr",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "new", "said", "says", "time", "times", "year", "years", "week",
      "weeks", "day", "days", "month", "months", "people", "one", "others", "today", "tonight");

  /** Words after a post that give it a remit of its own: "Secretary of State", "Minister for". */
  private static final Set<String> AFTER_REMIT = Set.of("of", "for", "to");

  private final TitleLexicon lexicon;
  private final OrganizationLexicon organizations;
  private final PlaceLexicon places;

  PremodifierWords(TitleLexicon lexicon, OrganizationLexicon organizations, PlaceLexicon places) {
    this.lexicon = lexicon;
    this.organizations = organizations;
    this.places = places;
  }

  /**
   * A place right before a bare government post that names its remit, "Wales Secretary", "Northern
   * Ireland Minister", "Europe Minister": no other portfolio word and no "of/for/to" after the post
   * ("Pakistan Foreign Secretary" and "US Secretary of State" are a country's offices).
   */
  Optional<EntitySpan> placeAsPortfolio(TaggedSentence s, int headBegin, int headEnd,
      TitleLexicon.Head head, int floor) {
    int before = headBegin - 1;
    if (before < floor || !s.isCapitalized(headBegin) || !"government".equals(head.kind())
        || !head.has(TitleLexicon.Flag.PORTFOLIO) || headEnd - headBegin != 1
        || s.inRange(headEnd) && AFTER_REMIT.contains(s.lower(headEnd))) {
      return Optional.empty();
    }
    return s.span(before).filter(span -> span.type() == EntityType.LOCATION
        && s.localEnd(span) == headBegin && s.localBegin(span) >= floor);
  }

  /**
   * The first of the lower-case modifiers that end before token {@code k} ({@code k} when none);
   * capitalized ones open a name ("Acting United States Secretary of State").
   */
  int modifiersBefore(TaggedSentence s, int k, int floor) {
    while (k - 1 >= floor && isModifier(s, k - 1) && !s.isEntity(k - 1)
        && !s.isCapitalized(k - 1)) {
      k--;
    }
    return k;
  }

  /** A department among the portfolio words: "Treasury" in "Chief Treasury Secretary". */
  Optional<OrgRef> department(TaggedSentence s, String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.isCapitalized(k) && organizations.isDepartment(s.word(k))) {
        return Optional.of(new OrgRef(OrgRef.Kind.ORGANIZATION_PHRASE, k, k + 1, s.word(k),
            Optional.empty()));
      }
    }
    return Optional.empty();
  }

  boolean isPortfolioPremodifier(TaggedSentence s, int i, TitleLexicon.Head head,
      boolean capitalHead) {
    String w = s.lower(i);
    if (s.is(i, EntityType.PERSON) || s.is(i, EntityType.LOCATION)
        || s.isCapitalized(i) && places.country(s.word(i)).isPresent()
        || lexicon.isModifier(w) || lexicon.isFormerMarker(w)
        || organizations.party(s.word(i)).isPresent() && s.isCapitalized(i)) {
      return false;
    }
    if (lexicon.isPortfolio(w) && s.isCapitalized(i) && i > 0 && !capitalHead
        && !head.has(TitleLexicon.Flag.PORTFOLIO)) {
      return false; // "City boss Kevin Keegan": a name in front of a lower-case post, not a field
    }
    if (lexicon.isPortfolio(w)) {
      // a portfolio word inside a longer organization name is part of that name, unless the rest
      // is title words too ("Chief Treasury" tagged as an organization)
      return s.span(i).map(span -> allTitleWords(s, s.localBegin(span), i)).orElse(true);
    }
    if (organizations.isHead(w)) {
      return false; // "Foreign Office spokesman", "company president"
    }
    if (!s.isCapitalized(i) && organizations.isOrganizationNoun(w) && i > 0
        && s.isCapitalized(i - 1)) {
      return false; // the end of a name: "Edge magazine editor" is an editor of Edge magazine
    }
    if (!s.isCapitalized(i)) {
      // open compounds: "store manager", "campaign director", "elections chief"
      return !capitalHead && (s.pos(i).equals("NN") || s.pos(i).equals("NNS")) && !s.isEntity(i)
          && w.chars().allMatch(Character::isLetter) && !NOT_PORTFOLIO.contains(w);
    }
    return capitalHead && head.has(TitleLexicon.Flag.PORTFOLIO) && i > 0
        && s.isCapitalized(i) && !s.isEntity(i) && !NOT_PORTFOLIO.contains(w)
        && w.chars().allMatch(Character::isLetter)
        && (s.pos(i).startsWith("NN") || s.pos(i).equals("JJ"));
  }

  private boolean allTitleWords(TaggedSentence s, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!lexicon.isPortfolio(s.lower(k)) && !lexicon.isModifier(s.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /** A modifier of the title; "group" only in lower case ("Prudential Equity Group analyst"). */
  boolean isModifier(TaggedSentence s, int i) {
    return lexicon.isModifier(s.word(i)) && !s.is(i, EntityType.PERSON)
        && !s.is(i, EntityType.LOCATION)
        && !(s.isCapitalized(i) && organizations.isHead(s.lower(i)));
  }
}
