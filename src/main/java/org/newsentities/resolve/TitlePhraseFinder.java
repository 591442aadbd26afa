package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * Finds title phrases in a sentence by their head ("Secretary", "chief executive") and grows them
 * to the left over portfolio words and modifiers and a former marker — [former] [modifier]*
 * [portfolio]* head — and to the right over a portfolio or an organization ({@link
 * TitleComplementParser}); the organization in front comes from {@link PremodifierOrgFinder}. Works
 * on words, so titles that the NER stage tagged as part of a name or an organization are found too.
 */
public final class TitlePhraseFinder {

  /** Words that make "then" and "late" former markers: "the then Home Secretary". */
  private static final Set<String> DETERMINERS = Set.of("the", "'s", "its", "his", "her", "their");

  private final TitleLexicon lexicon;
  private final OrganizationLexicon organizations;
  private final TitleComplementParser complements;
  private final PremodifierOrgFinder premodifiers;
  private final TitleSpanFit spanFit;
  private final PremodifierWords inFront;

  TitlePhraseFinder(TitleLexicon lexicon, OrganizationLexicon organizations, PlaceLexicon places,
      GivenNames givenNames) {
    this.lexicon = lexicon;
    this.organizations = organizations;
    this.inFront = new PremodifierWords(lexicon, organizations, places);
    this.complements = new TitleComplementParser(lexicon, organizations);
    this.premodifiers = new PremodifierOrgFinder(lexicon, organizations, places);
    this.spanFit = new TitleSpanFit(lexicon, organizations, givenNames);
  }

  /**
   * The title phrases of a sentence, left to right, not overlapping.
   *
   * @param personWords the lower-case words of the article's person names, which tell a name after
   *     a title inside a mis-tagged span ("Acting Coordinator Landberg") from the rest of a name
   *     ("Royal College of General Practitioners")
   */
  public List<TitlePhrase> find(TaggedSentence s, String text, Set<String> personWords) {
    List<TitlePhrase> phrases = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Optional<HeadMatch> head = headAt(s, i).filter(h -> !modifiesNextHead(s, h));
      Optional<TitlePhrase> phrase = head.flatMap(h -> grow(s, text, h, phrases))
          .filter(p -> spanFit.fits(s, p, personWords));
      if (phrase.isPresent()) {
        phrases.add(phrase.get());
        i = Math.max(phrase.get().end(), i + 1);
      } else {
        i = head.map(HeadMatch::end).orElse(i + 1);
      }
    }
    return sharedOrganizations(s, phrases);
  }

  /**
   * "head of that tribunal", "chief of the company": an organization the sentence names by a common
   * noun; which one it is, is left to the attribution from the context.
   */
  private boolean unnamedOrganizationAfter(TaggedSentence s, int k) {
    if (!s.inRange(k + 2) || !(s.lower(k).equals("of") || s.lower(k).equals("at"))
        || !DETERMINERS.contains(s.lower(k + 1)) && !s.lower(k + 1).equals("that")
            && !s.lower(k + 1).equals("this")) {
      return false;
    }
    String noun = s.lower(k + 2);
    return !s.isCapitalized(k + 2) && (organizations.isOrganizationNoun(noun)
        || organizations.isHead(noun)) && !(s.inRange(k + 3) && s.isCapitalized(k + 3));
  }

  /** "chairman and chief executive of GM": both posts are at GM. */
  private static List<TitlePhrase> sharedOrganizations(TaggedSentence s, List<TitlePhrase> found) {
    List<TitlePhrase> result = new ArrayList<>(found);
    for (int i = result.size() - 2; i >= 0; i--) {
      TitlePhrase p = result.get(i);
      TitlePhrase next = result.get(i + 1);
      if (p.org().isEmpty() && next.complementOrg().isPresent() && s.inRange(p.end())
          && s.lower(p.end()).equals("and") && next.zoneBegin() == p.end() + 1) {
        result.set(i, p.withComplementOrg(next.complementOrg().get()));
      }
    }
    return result;
  }

  /**
   * "chief" in "chief medical officer", "executive" in "executive vice president", "Justice" in
   * "Justice Minister": a head that is also a modifier or a portfolio word, with portfolio words
   * and another head right after it.
   */
  private boolean modifiesNextHead(TaggedSentence s, HeadMatch h) {
    String w = s.word(h.begin());
    if (h.end() - h.begin() == 2 && lexicon.isModifier(s.word(h.end() - 1))
        && s.inRange(h.end()) && lexicon.isHeadStart(s.word(h.end()))
        && headAt(s, h.end()).isPresent()) {
      return true; // "Police Chief Commissioner": "chief" modifies the next head
    }
    if (h.end() - h.begin() != 1 || !lexicon.isModifier(w) && !lexicon.isPortfolio(w)) {
      return false; // "Justice Minister": "justice" is a portfolio here, not the head
    }
    for (int k = h.end(); k < Math.min(s.size(), h.end() + 3); k++) {
      if (lexicon.isHeadStart(s.word(k)) && headAt(s, k).isPresent()) {
        return true;
      }
      if (!lexicon.isPortfolio(s.word(k)) && !lexicon.isModifier(s.word(k))) {
        return false;
      }
    }
    return false;
  }

  /** A head at token {@code begin}; {@code titleStart} is past an "ex-" inside the first token. */
  private record HeadMatch(int begin, int end, TitleLexicon.Head head, int titleStart,
      boolean formerPrefix, int pluralSuffix) {}

  private Optional<HeadMatch> headAt(TaggedSentence s, int i) {
    if (s.is(i, EntityType.LOCATION) || !Character.isLetter(s.word(i).charAt(0))) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    List<Integer> wordEnds = new ArrayList<>();
    for (int k = i; k < s.size() && words.size() < 6; ) {
      int e = HyphenatedWords.end(s, k);
      StringBuilder word = new StringBuilder();
      for (int j = k; j < e; j++) {
        word.append(s.lower(j));
      }
      words.add(word.toString());
      wordEnds.add(e);
      k = e;
    }
    Optional<TitleLexicon.Head> direct = lexicon.headAt(words, 0);
    int titleStart = s.token(i).start();
    boolean formerPrefix = false;
    int pluralSuffix = 0;
    if (direct.isEmpty() && (afterOneOf(s, i) || s.namesJoinedFrom(i + 1))
        && words.get(0).length() > 2
        && words.get(0).endsWith("s")) {
      // "one of his MPs, Robert Jackson", "one of Mr Brown's closest aides, Ed Balls": the
      // singular names the post of the one person
      List<String> singular = new ArrayList<>(words);
      singular.set(0, words.get(0).substring(0, words.get(0).length() - 1));
      direct = lexicon.headAt(singular, 0).filter(h -> h.words().size() == 1);
      pluralSuffix = direct.isPresent() ? 1 : 0;
    }
    if (direct.isEmpty()) {
      // "ex-chairman", "then-president", "vice-chairman", "co-founder": prefix + head in one token
      String w = words.get(0);
      int dash = w.indexOf('-');
      if (dash <= 0 || dash == w.length() - 1) {
        return Optional.empty();
      }
      String prefix = w.substring(0, dash);
      formerPrefix = lexicon.isFormerMarker(prefix);
      if (!formerPrefix && !lexicon.isModifier(prefix)) {
        return Optional.empty();
      }
      words.set(0, w.substring(dash + 1));
      direct = lexicon.headAt(words, 0);
      if (formerPrefix) {
        titleStart += dash + 1;
      }
    }
    if (direct.isEmpty()) {
      return Optional.empty();
    }
    TitleLexicon.Head head = direct.get();
    int end = wordEnds.get(head.words().size() - 1);
    if (head.words().size() > 1 && endsName(s, i)) {
      return Optional.empty(); // "UK Independence Party leader": the head is "leader"
    }
    if (head.has(TitleLexicon.Flag.CAP) && !(s.isCapitalized(i) && s.inRange(end)
        && s.isCapitalized(end) && !s.is(i, EntityType.ORGANIZATION) && !s.is(i, EntityType.MISC)
        && !organizations.isHead(s.lower(end)))) {
      // ranks and royal titles only before a name: "General Musharraf", not "General Motors"
      return Optional.empty();
    }
    if (head.has(TitleLexicon.Flag.GIVEN_NAME) && s.isCapitalized(i)
        && s.spanStartingAt(i, EntityType.PERSON).filter(p -> s.localEnd(p) > end).isPresent()) {
      return Optional.empty(); // "Dean Jones" tagged as one name is a first name, not a dean
    }
    String written = s.word(i).substring(0, s.word(i).length() - pluralSuffix);
    if (head.has(TitleLexicon.Flag.UPPER)
        && !written.equals(written.toUpperCase(java.util.Locale.ROOT))) {
      return Optional.empty(); // "AM", not "am"
    }
    if (s.pos(end - 1).startsWith("VB") || s.pos(end - 1).equals("MD")) {
      return Optional.empty(); // "to head the talks", "will chair"
    }
    return Optional.of(new HeadMatch(i, end, head, titleStart, formerPrefix, pluralSuffix));
  }

  /**
   * A capitalized organization word that ends the name before it ("UK Independence Party",
   * "Reform Party"), not the first word of a head like "party leader"; a title word stays one
   * ("NORML Executive Director").
   */
  private boolean endsName(TaggedSentence s, int i) {
    return i > 0 && s.isCapitalized(i) && organizations.isHead(s.lower(i))
        && !lexicon.isModifier(s.word(i)) && s.isCapitalized(i - 1)
        && (s.is(i - 1, EntityType.ORGANIZATION)
            || s.is(i - 1, EntityType.MISC) || organizations.party(s.word(i - 1)).isPresent());
  }

  /** "one of" a few words before token {@code i}: "one of Britain's EU commissioners". */
  private static boolean afterOneOf(TaggedSentence s, int i) {
    for (int k = i - 1; k >= Math.max(1, i - 7); k--) {
      if (s.lower(k).equals("of") && s.lower(k - 1).equals("one")) {
        return true;
      }
      if (s.word(k).equals(",") || s.pos(k).startsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  private Optional<TitlePhrase> grow(TaggedSentence s, String text, HeadMatch h,
      List<TitlePhrase> earlier) {
    int floor = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).end();
    boolean capitalHead = s.isCapitalized(h.begin());
    int b = h.begin();
    boolean portfolio = false;
    boolean knownPortfolio = false;
    while (b - 1 >= floor && inFront.isPortfolioPremodifier(s, b - 1, h.head(), capitalHead)) {
      int compound = HyphenatedWords.fieldStart(s, b - 1);
      if (compound < floor) {
        break;
      }
      b = compound;
      portfolio = true;
      knownPortfolio |= lexicon.isPortfolio(s.word(b));
      if (b - 2 >= floor && isConnector(s, b - 1)
          && inFront.isPortfolioPremodifier(s, b - 2, h.head(), capitalHead)
          && (s.isCapitalized(b - 2)
              || !s.isCapitalized(b) && !lexicon.isHeadStartOrPlural(s.word(b - 2)))) {
        b--; // "Work and Pensions Secretary", "film and television actor"
      }
    }
    while (b - 1 >= floor && inFront.isModifier(s, b - 1)) {
      b--;
    }
    if (b < h.begin() && b - 1 >= floor && !s.isCapitalized(b - 1)
        && lexicon.isPortfolio(s.word(b - 1))
        && inFront.isPortfolioPremodifier(s, b - 1, h.head(), capitalHead)) {
      b--; // a field before the modifier: "a marketing vice president"
      portfolio = true;
      knownPortfolio = true;
    }
    Optional<EntitySpan> place = b == h.begin()
        ? inFront.placeAsPortfolio(s, h.begin(), h.end(), h.head(), floor) : Optional.empty();
    if (place.isPresent()) {
      b = s.localBegin(place.get()); // "Wales Secretary Peter Hain"
      portfolio = true;
      knownPortfolio = true;
    }
    int begin = b;
    boolean former = h.formerPrefix();
    int marker = formerMarkerStart(lexicon, s, b - 1, floor);
    if (marker >= 0) {
      begin = marker;
      former = true;
    }
    TitleComplementParser.Complement right = complements.parse(s, text, h.end(), h.head());
    portfolio |= right.portfolio();
    int titleEnd = right.titleEnd();
    String kind = h.head().kind();
    // a bare capitalized name in front is the club, company or band: "City boss", "Fear Factory
    // guitarist"
    boolean clubPost = !capitalHead
        && (kind.equals("corporate") || kind.equals("sport") || kind.equals("arts"));
    PremodifierOrgFinder.Zone zone = premodifiers.find(s, text, begin, floor, clubPost);
    former |= zone.former();
    Optional<OrgRef> complementOrg = right.org();
    boolean hasOrg = zone.org().isPresent() || complementOrg.isPresent();
    int end = right.end();
    if (!hasOrg && unnamedOrganizationAfter(s, end)) {
      end += 3; // "head of that tribunal": the phrase goes on to the noun
    } else if (h.head().has(TitleLexicon.Flag.NEEDS_ORG) && !portfolio && !hasOrg
        && b == h.begin()) {
      return Optional.empty(); // a bare "head", "chief" or "official"
    }
    int outer = zone.org().isPresent()
        ? inFront.modifiersBefore(s, zone.begin(), floor) : zone.begin();
    if (outer < zone.begin()) {
      // "chief US economist", "deputy UN envoy": a modifier before the organization is the title's
      b = outer;
      begin = outer;
      marker = formerMarkerStart(lexicon, s, outer - 1, floor);
      if (marker >= 0) {
        begin = marker;
        former = true;
      }
    }
    int titleBegin = b;
    int titleStart = b == h.begin() ? h.titleStart() : s.token(b).start();
    int titleEndChar = s.token(titleEnd - 1).end() - (titleEnd == h.end() ? h.pluralSuffix() : 0);
    String title = text.substring(titleStart, titleEndChar).replaceAll("\\s+", " ");
    // "Foreign Secretary", "Home Secretary": a government portfolio in front makes a state office
    boolean national = h.head().has(TitleLexicon.Flag.NATIONAL)
        || (knownPortfolio && h.head().has(TitleLexicon.Flag.PORTFOLIO)
            && "government".equals(h.head().kind()));
    if (begin > 0 && !s.isCapitalized(begin - 1) && organizations.isHead(s.lower(begin - 1))) {
      national = false; // "company president Lee Scott", "club captain"
    }
    int wordsBegin = b;
    Optional<OrgRef> premodifierOrg =
        zone.org().or(() -> inFront.department(s, text, wordsBegin, h.begin()));
    int textStart = begin < b ? s.token(begin).start() : titleStart;
    int zoneBegin = Math.min(zone.begin(), begin);
    boolean determiner = zone.determiner() || premodifierOrg.isPresent();
    return Optional.of(new TitlePhrase(s.index(), zoneBegin, begin, titleBegin, h.end(), titleEnd,
        end, title, textStart, titleStart, titleEndChar, former, h.head(), national,
        premodifierOrg, complementOrg, determiner));
  }

  /**
   * The first token of a former marker that ends at token {@code last}: "former", "ex-", "one -
   * time" (split by the tokenizer), and "then"/"late" after a determiner ("the then Home
   * Secretary"); -1 when there is none.
   */
  static int formerMarkerStart(TitleLexicon lexicon, TaggedSentence s, int last, int floor) {
    if (last < floor || s.is(last, EntityType.PERSON)) {
      return -1;
    }
    String w = s.lower(last);
    if (w.endsWith("-") && lexicon.isFormerMarker(w.substring(0, w.length() - 1))) {
      return last;
    }
    if (last - 2 >= floor && s.word(last - 1).equals("-")
        && lexicon.isFormerMarker(s.lower(last - 2) + "-" + w)) {
      return last - 2;
    }
    if (!lexicon.isFormerMarker(w)) {
      return -1;
    }
    if (w.equals("then") || w.equals("late")) {
      return last > 0 && DETERMINERS.contains(s.lower(last - 1)) ? last : -1;
    }
    return last;
  }

  private static boolean isConnector(TaggedSentence s, int i) {
    String w = s.lower(i);
    return w.equals("and") || w.equals("&");
  }
}
