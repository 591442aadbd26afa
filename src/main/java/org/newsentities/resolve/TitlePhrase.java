package org.newsentities.resolve;

import java.util.Optional;

/**
 * A title found in a sentence, before it is linked to anyone. Token indices are sentence-local:
 * {@code zoneBegin} is where the whole phrase starts (an organization in front of it, "US Department
 * of State Acting Coordinator…"), {@code begin} where the title starts including a former marker,
 * {@code titleBegin}/{@code titleEnd} the position's own words, {@code end} the end of the phrase
 * including an organization after it ("chief executive of General Motors").
 *
 * @param title the position as written ("Acting Coordinator for Counterterrorism")
 * @param titleStart character offset of the title's first character (after "ex-" in "ex-chairman")
 * @param textStart character offset where the phrase as reported in the output starts (with
 *     "former")
 * @param titleEndChar character offset after the title
 * @param national a country's office ("Foreign Secretary", "Prime Minister")
 * @param premodifierOrg the organization or place named in front ("GM", "Tory", "Pakistani")
 * @param complementOrg the organization after "of/at/for" ("of General Motors")
 * @param hasDeterminer preceded by "the" or a possessive: a reference on its own ("the Spokeswoman")
 */
public record TitlePhrase(
    int sentence,
    int zoneBegin,
    int begin,
    int titleBegin,
    int headEnd,
    int titleEnd,
    int end,
    String title,
    int textStart,
    int titleStart,
    int titleEndChar,
    boolean former,
    TitleLexicon.Head head,
    boolean national,
    Optional<OrgRef> premodifierOrg,
    Optional<OrgRef> complementOrg,
    boolean hasDeterminer) {

  /**
   * The organization named inside the phrase, in front first; but a party in front is the holder's
   * affiliation, not the post's organization, when an organization follows ("the Republican mayor
   * of Fairbanks") or the post is a head of state or government ("Conservative Prime Minister").
   */
  public Optional<OrgRef> org() {
    boolean party = premodifierOrg.filter(o -> o.kind() == OrgRef.Kind.PARTY).isPresent();
    if (party && (complementOrg.isPresent() || headsAState())) {
      return complementOrg;
    }
    if (employedAfter()) {
      return complementOrg; // "chief US economist for Wells Fargo Bank"
    }
    return premodifierOrg.or(() -> complementOrg);
  }

  /**
   * A country in front and a company after a post outside government: the country says where the
   * post is, the company whom it is for ("chief US economist for Wells Fargo Bank").
   */
  private boolean employedAfter() {
    boolean place = premodifierOrg.filter(o -> o.kind() == OrgRef.Kind.PLACE
        || o.kind() == OrgRef.Kind.DEMONYM).isPresent();
    boolean company = complementOrg.filter(o -> o.kind() == OrgRef.Kind.ORGANIZATION).isPresent();
    return place && company && !STATE_KINDS.contains(head.kind());
  }

  private static final java.util.Set<String> STATE_KINDS = java.util.Set.of("government",
      "diplomatic", "legislative", "judicial", "military", "royal", "local", "party");

  /** "Prime Minister", "President": a national government head that takes no portfolio. */
  private boolean headsAState() {
    return national && "government".equals(head.kind())
        && head.has(TitleLexicon.Flag.NATIONAL) && !head.has(TitleLexicon.Flag.PORTFOLIO)
        && !title.toLowerCase(java.util.Locale.ROOT).startsWith("shadow");
  }

  /** The same phrase as a post held before ("succeeded X as chairman", "then the Sox' …"). */
  public TitlePhrase asFormer() {
    return new TitlePhrase(sentence, zoneBegin, begin, titleBegin, headEnd, titleEnd, end, title,
        textStart, titleStart, titleEndChar, true, head, national, premodifierOrg, complementOrg,
        hasDeterminer);
  }

  /** The same phrase with {@code org} as the organization after it. */
  public TitlePhrase withComplementOrg(OrgRef org) {
    return new TitlePhrase(sentence, zoneBegin, begin, titleBegin, headEnd, titleEnd, end, title,
        textStart, titleStart, titleEndChar, former, head, national, premodifierOrg,
        Optional.of(org), hasDeterminer);
  }

  /** Whether the token lies inside the position's words (not its organizations). */
  public boolean coversTitleToken(int i) {
    return i >= begin && i < titleEnd;
  }
}
