package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * What follows a title head: a portfolio that belongs to the title ("Coordinator for
 * Counterterrorism", "Secretary for the UN and Economic Diplomacy", "Minister of State for Trade"),
 * an abbreviation in brackets ("Additional Secretary (UN&ED)"), or the organization the position
 * belongs to ("chief executive of General Motors", "analyst at Merrill Lynch"). A portfolio is a run
 * of portfolio-like words; one whole organization or place after "of" is the organization instead.
 */
final class TitleComplementParser {

  /** The title's right edge and the organization after it. */
  record Complement(int titleEnd, int end, boolean portfolio, Optional<OrgRef> org) {}

  private static final Set<String> ABSTRACT_SUFFIXES = Set.of("ism", "tion", "tions", "sion",
      "sions", "ment", "ments", "ity", "ities", "ics", "ance", "ence", "ness", "ship", "acy", "ogy",
      "ture", "ries");

  private final TitleLexicon lexicon;
  private final OrganizationLexicon organizations;

  TitleComplementParser(TitleLexicon lexicon, OrganizationLexicon organizations) {
    this.lexicon = lexicon;
    this.organizations = organizations;
  }

  Complement parse(TaggedSentence s, String text, int headEnd, TitleLexicon.Head head) {
    int titleEnd = headEnd;
    boolean portfolio = false;
    for (int round = 0; round < 3 && s.inRange(titleEnd); round++) {
      String w = s.lower(titleEnd);
      if (s.isOpeningBracket(titleEnd)) {
        int close = abbreviationEnd(s, titleEnd);
        if (close < 0) {
          break;
        }
        titleEnd = close;
        continue;
      }
      boolean diplomaticTo = w.equals("to") && "diplomatic".equals(head.kind());
      boolean fromOrg = w.equals("from") // "an official from the Beijing Municipal Commission"
          || w.equals("in") && isOrganizationAfter(s, titleEnd + 1); // "the lead singer in X"
      if (!w.equals("for") && !w.equals("of") && !w.equals("at") && !w.equals("with") && !fromOrg
          && !diplomaticTo) {
        break;
      }
      int from = titleEnd + 1;
      boolean determined = s.inRange(from) && s.lower(from).equals("the");
      if (determined) {
        from++;
      }
      from = pastPossessor(s, from);
      int described = pastDescription(s, from);
      if (described > from && (w.equals("of") || w.equals("at") || w.equals("with") || fromOrg
          || w.equals("for") && determined)) {
        // "head of fast-food giant McDonald's", "chief executive of US car maker General Motors",
        // "the singer for the rock group Park"
        Optional<OrgRef> org = organization(s, text, described, phraseEnd(s, described))
            .filter(o -> o.kind() == OrgRef.Kind.ORGANIZATION).or(() -> namedAfterNoun(s, text,
                described));
        if (org.isPresent()) {
          return new Complement(titleEnd, namePossessiveEnd(s, org.get().end()), portfolio, org);
        }
      }
      int to = phraseEnd(s, from);
      if (determined && s.inRange(from) && !s.isCapitalized(from)) {
        to = from; // "head of the family": after "the", a portfolio is a name ("of the Exchequer")
      }
      if (to == from && !determined && head.has(TitleLexicon.Flag.PORTFOLIO) && s.inRange(from)
          && !s.isCapitalized(from) && s.pos(from).startsWith("NN") && !w.equals("at")
          && !w.equals("with") && !organizations.isHead(s.lower(from))
          && !(s.inRange(from + 1) && (s.pos(from + 1).startsWith("NN")
              || s.pos(from + 1).startsWith("JJ")) && !s.isCapitalized(from + 1))) {
        to = from + 1; // a lower-case field: "director of rugby", "head of communications"
      }
      if (w.equals("of") && !determined && !head.has(TitleLexicon.Flag.PORTFOLIO)) {
        Optional<Complement> at = fieldThenOrganization(s, text, titleEnd, from);
        if (at.isPresent()) {
          return at.get(); // "a professor of law at Northeastern University"
        }
      }
      if (to <= from) {
        break;
      }
      if (s.inRange(to) && s.isCapitalized(to) && lexicon.isHeadStart(s.word(to))
          && !(w.equals("of") && isMilitaryRank(s, to))) {
        break; // "a spokesman for | New York State Comptroller Thomas DiNapoli"
      }
      Optional<OrgRef> org = organization(s, text, from, to)
          .filter(o -> !fromOrg || o.kind() == OrgRef.Kind.ORGANIZATION
              || o.kind() == OrgRef.Kind.ORGANIZATION_PHRASE); // "a coach from Brazil": origin
      if (org.isPresent() && !diplomaticTo) {
        return new Complement(titleEnd, orgEnd(s, org.get()), portfolio, org);
      }
      boolean takesPortfolio = head.has(TitleLexicon.Flag.PORTFOLIO) || diplomaticTo;
      if (!takesPortfolio || w.equals("at") || w.equals("with") || fromOrg) {
        break;
      }
      titleEnd = to;
      portfolio = true;
    }
    return new Complement(titleEnd, titleEnd, portfolio, Optional.empty());
  }

  /** A tagged organization next ("in Judas Priest", "in the band"): not a place or a time. */
  private static boolean isOrganizationAfter(TaggedSentence s, int k) {
    int at = s.inRange(k) && s.lower(k).equals("the") ? k + 1 : k;
    return s.is(at, EntityType.ORGANIZATION);
  }

  /**
   * "professor | of law | at Northeastern University": a lower-case field of one or two words and
   * then the organization after "at"; the title keeps its words, the field is left out of it.
   */
  private Optional<Complement> fieldThenOrganization(TaggedSentence s, String text, int titleEnd,
      int from) {
    int k = from;
    while (k < from + 2 && s.inRange(k) && !s.isCapitalized(k) && s.pos(k).startsWith("NN")) {
      k++;
    }
    if (k == from || !s.inRange(k + 1) || !s.lower(k).equals("at")) {
      return Optional.empty();
    }
    int orgFrom = s.lower(k + 1).equals("the") ? k + 2 : k + 1;
    return organization(s, text, orgFrom, phraseEnd(s, orgFrom))
        .filter(o -> o.kind() == OrgRef.Kind.ORGANIZATION
            || o.kind() == OrgRef.Kind.ORGANIZATION_PHRASE)
        .map(o -> new Complement(titleEnd, orgEnd(s, o), false, Optional.of(o)));
  }

  /**
   * Where the organization's words end: past a possessive that ends its name, and past the rest of
   * a tagged name that a possessive cut ("Stanford University | 's Center for Health Policy").
   */
  private static int orgEnd(TaggedSentence s, OrgRef org) {
    int end = namePossessiveEnd(s, org.end());
    Optional<EntitySpan> span = s.span(org.begin());
    if (span.isPresent() && span.get().type() == EntityType.ORGANIZATION
        && s.localBegin(span.get()) == org.begin()) {
      end = Math.max(end, s.localEnd(span.get()));
    }
    return end;
  }

  /**
   * Past a named possessor in front of the organization: "chairman of Hong Kong's Democratic
   * Party", "chairman of Ronald Reagan's Council of Economic Advisers" — the organization is what
   * follows the possessive.
   */
  private static int pastPossessor(TaggedSentence s, int from) {
    Optional<EntitySpan> span = s.span(from);
    if (span.isEmpty() || s.localBegin(span.get()) != from
        || span.get().type() == EntityType.ORGANIZATION) {
      return from;
    }
    int end = s.localEnd(span.get());
    return s.isPossessive(end) && s.inRange(end + 1) && s.isCapitalized(end + 1) ? end + 1 : from;
  }

  /** Past a possessive that belongs to a name ("McDonald 's ,"), not to a noun after it. */
  private static int namePossessiveEnd(TaggedSentence s, int end) {
    boolean nounAfter = s.inRange(end + 1)
        && (s.pos(end + 1).startsWith("NN") || s.pos(end + 1).startsWith("JJ"));
    return s.isPossessive(end) && !nounAfter ? end + 1 : end;
  }

  /**
   * The index after a short lower-case description in front of a name ("fast - food giant", "US
   * car maker"), or {@code from} when there is none.
   */
  private int pastDescription(TaggedSentence s, int from) {
    int k = from;
    if (s.inRange(k) && s.is(k, EntityType.LOCATION)) {
      k = s.localEnd(s.span(k).get()); // "US car maker"
    }
    int words = 0;
    while (s.inRange(k) && words < 5) {
      String pos = s.pos(k);
      if (s.word(k).equals("-") || !s.isCapitalized(k) && !s.isEntity(k)
          && (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN"))
          || s.is(k, EntityType.MISC) && s.inRange(k + 1) && !s.isCapitalized(k + 1)) {
        // "British indie rock group": a country or religion adjective inside the description
        k++;
        words++;
      } else {
        break;
      }
    }
    boolean named = s.is(k, EntityType.ORGANIZATION)
        || k > from && organizations.isOrganizationNoun(s.lower(k - 1)) && s.isCapitalized(k)
        && !s.is(k, EntityType.LOCATION);
    return words > 0 && s.inRange(k) && named ? k : from;
  }

  /**
   * The capitalized name after a noun that describes an organization ("the law firm Cassels Brock
   * Blackwell"), whatever the NER stage made of it.
   */
  private Optional<OrgRef> namedAfterNoun(TaggedSentence s, String text, int from) {
    if (from == 0 || !organizations.isOrganizationNoun(s.lower(from - 1))) {
      return Optional.empty();
    }
    int to = from;
    while (s.inRange(to) && s.isCapitalized(to) && !s.is(to, EntityType.LOCATION)) {
      to++;
    }
    return to > from ? Optional.of(new OrgRef(OrgRef.Kind.ORGANIZATION_PHRASE, from, to,
        s.text(text, from, to), Optional.empty())) : Optional.empty();
  }

  /** "( UN&ED )": the index after the closing bracket, or -1 when it is no abbreviation. */
  private static int abbreviationEnd(TaggedSentence s, int open) {
    for (int k = open + 1; k < Math.min(s.size(), open + 6); k++) {
      if (s.isClosingBracket(k)) {
        return k > open + 1 ? k + 1 : -1;
      }
      if (!s.word(k).equals(s.word(k).toUpperCase(java.util.Locale.ROOT))
          || !s.word(k).chars().anyMatch(Character::isLetter)) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of a run of portfolio-like words and entities, stopping before a person's name. */
  private int phraseEnd(TaggedSentence s, int from) {
    int end = from;
    int k = from;
    while (s.inRange(k)) {
      String w = s.lower(k);
      if (w.equals("and") || w.equals("&") || w.equals("of") || w.equals(",")) {
        if (k == from || !s.inRange(k + 1) || !isPortfolioLike(s, k + 1)) {
          break;
        }
        k++;
        continue;
      }
      if (!isPortfolioLike(s, k) || startsTitleAfterName(s, k)) {
        break;
      }
      k++;
      end = k;
    }
    return end;
  }

  /**
   * A rank or title right after a tagged name, outside it: "commander of the Fifth Air Force |
   * Lieutenant General George Kenney" — the name of the organization ends before it.
   */
  private boolean startsTitleAfterName(TaggedSentence s, int k) {
    return k > 0 && !s.isEntity(k) && s.isEntity(k - 1) && !s.is(k - 1, EntityType.PERSON)
        && s.isCapitalized(k) && lexicon.isHeadStart(s.word(k));
  }

  /**
   * A military rank at {@code k}, which names no organization in front of it: "the commander of
   * the Fifth Air Force | Lieutenant General George Kenney".
   */
  boolean isMilitaryRank(TaggedSentence s, int k) {
    List<String> words = new ArrayList<>();
    for (int j = k; j < Math.min(s.size(), k + 3); j++) {
      words.add(s.lower(j));
    }
    return lexicon.headAt(words, 0).filter(h -> "military".equals(h.kind())).isPresent();
  }

  private boolean isPortfolioLike(TaggedSentence s, int k) {
    String w = s.lower(k);
    if (lexicon.isPortfolio(w) || hasAbstractSuffix(w)) {
      return true;
    }
    if (!s.isCapitalized(k) || !s.word(k).chars().anyMatch(Character::isLetter)) {
      return false;
    }
    if (s.is(k, EntityType.PERSON)) {
      return false; // "Coordinator for Counterterrorism | Christopher Landberg"
    }
    return s.isEntity(k) || organizations.isHead(w);
  }

  static boolean hasAbstractSuffix(String lowerWord) {
    if (lowerWord.length() < 6) {
      return false;
    }
    for (String suffix : ABSTRACT_SUFFIXES) {
      if (lowerWord.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** The tokens {@code [from, to)} as one organization or place, if that is all they are. */
  private Optional<OrgRef> organization(TaggedSentence s, String text, int from, int to) {
    Optional<EntitySpan> span = s.span(from);
    if (span.isPresent() && span.get().type() == EntityType.ORGANIZATION
        && s.localBegin(span.get()) == from && s.localEnd(span.get()) >= to) {
      to = s.localEnd(span.get());
      for (int k = from + 1; k < to; k++) {
        if (s.isPossessive(k)) {
          to = k; // "Chairman of Goldman Sachs ' Board of International Advisors"
          break;
        }
      }
      if (to < s.localEnd(span.get())) {
        return Optional.of(new OrgRef(OrgRef.Kind.ORGANIZATION, from, to, s.text(text, from, to),
            Optional.empty()));
      }
    }
    if (span.isPresent() && s.localBegin(span.get()) == from && s.localEnd(span.get()) == to
        && span.get().type() != EntityType.PERSON && !allPortfolio(s, from, to)) {
      OrgRef.Kind kind = switch (span.get().type()) {
        case LOCATION -> OrgRef.Kind.PLACE;
        case ORGANIZATION -> OrgRef.Kind.ORGANIZATION;
        default -> organizations.party(span.get().text()).isPresent() ? OrgRef.Kind.PARTY : null;
      };
      if (kind != null) {
        return Optional.of(new OrgRef(kind, from, to, span.get().text(), Optional.empty()));
      }
    }
    boolean untagged = true;
    boolean hasHead = false;
    for (int k = from; k < to; k++) {
      untagged &= !s.isEntity(k);
      hasHead |= organizations.isHead(s.lower(k)) && s.isCapitalized(k);
    }
    if (untagged && hasHead && s.isCapitalized(from) && s.isCapitalized(to - 1)) {
      return Optional.of(new OrgRef(OrgRef.Kind.ORGANIZATION_PHRASE, from, to,
          s.text(text, from, to), Optional.empty()));
    }
    return Optional.empty();
  }

  private boolean allPortfolio(TaggedSentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!lexicon.isPortfolio(s.lower(k))) {
        return false;
      }
    }
    return true;
  }
}
