package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * A title given by a verb: "X is the chairman of Y", "X, who is also deputy leader,", "X became
 * finance minister in 2004", "X was appointed chief executive", "X took over as chief executive";
 * with the name as object: "Y appointed X as his elections chief", "they named X chairman"; and
 * inverted: "The chief executive of Y in the early Nineties was X". Between the name and the title
 * only the verb group may stand: auxiliaries, adverbs, "as", "who". "formerly", "once",
 * "previously" make the title a former one.
 */
final class CopularPattern implements TitlePattern {

  private static final Set<String> LINKING_LEMMAS = Set.of("be", "become", "remain", "serve", "act",
      "work", "appoint", "name", "elect", "re-elect", "reelect", "make", "promote", "choose",
      "install", "confirm", "nominate", "reappoint", "sworn", "swear", "stay", "take",
      "re-elected", "reelected", "re-appointed");
  /**
   * Verbs whose role follows "as", past an object: "joined the club as manager", "resigned as
   * chairman", "succeeded Peter Hall as chairman" (the subject holds the post now), "was ordained
   * as a minister", "trained as a lawyer", "touring as a singer".
   */
  private static final Set<String> AS_LEMMAS = Set.of("join", "rejoin", "return", "continue",
      "start", "begin", "succeed", "replace", "leave", "quit", "resign", "retire", "step",
      "stand", "serve", "act", "work", "remain", "stay", "hire", "recruit", "employ", "take",
      "ordain", "tour", "perform", "train", "qualify", "enlist", "rise", "retain");
  /** Of the verbs above, those that end the role when in the past: "resigned as chairman". */
  private static final Set<String> LEAVING_LEMMAS = Set.of("leave", "quit", "resign", "retire",
      "step", "stand");
  /** Verbs whose object held the post before: "succeeded Peter Hall as chairman". */
  static final Set<String> SUCCESSION_LEMMAS = Set.of("succeed", "replace");
  /** Verbs whose object gets the title: "appointed Mr Crosby as his elections chief". */
  private static final Set<String> OBJECT_LEMMAS = Set.of("appoint", "name", "make", "elect",
      "re-elect", "choose", "hire", "install", "nominate", "reappoint", "promote");
  private static final Set<String> BRIDGE_WORDS = Set.of(",", "who", "as", "to", "in", "over",
      "the", "a", "an", "its", "his", "her", "their", "now");
  /** Nouns for a post, before "of" and the title: "take on the role of CEO". */
  private static final Set<String> ROLE_NOUNS = Set.of("role", "post", "position", "job",
      "office", "rank");
  private static final Set<String> COPULA_LEMMAS = Set.of("be", "become", "remain");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  static final Set<String> FORMER_ADVERBS = Set.of("formerly", "once", "previously");

  /** The title a verb group gives, and whether the verb group makes it a former one. */
  record Bridged(TitlePhrase phrase, boolean former) {}

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (EntitySpan person : s.people()) {
      int end = s.afterAge(s.afterName(person));
      int before = s.localBegin(person) - 1;
      while (before > 0 && s.isHonorific(before)) {
        before--; // "appointed Mr Crosby as …"
      }
      before = beforeTitleInFront(phrases, before);
      boolean object = before >= 0 && isVerb(s, before) && OBJECT_LEMMAS.contains(lemma(s, before));
      boolean as = s.inRange(pastParenthesis(s, end))
          && s.lower(pastParenthesis(s, end)).equals("as");
      // "succeeded Peter Hall as chairman": Hall held it; "will succeed X as CEO" tells only of
      // the successor ({@link ClauseSubjectPattern})
      boolean predecessor = before >= 0 && isVerb(s, before)
          && SUCCESSION_LEMMAS.contains(lemma(s, before)) && as
          && (s.pos(before).equals("VBD") || s.pos(before).equals("VBN"));
      // "With Philipp Scheidemann ( SPD ) as Chancellor the SPD … formed a government"
      object |= before >= 0 && s.lower(before).equals("with") && as;
      Optional<Bridged> bridged = bridge(s, end, phrases, taken, object || predecessor)
          .map(b -> predecessor ? new Bridged(b.phrase(), true) : b);
      bridged.ifPresent(b -> addCoordinated(s, phrases, taken, person, b, links,
          TitleLink.Pattern.COPULAR));
    }
    links.addAll(inverted(s, phrases, taken));
    return links;
  }

  /**
   * The token before a title that stands in front of the name: the verb of "installing former
   * England boss Terry Venables as joint manager"; else {@code before}.
   */
  private static int beforeTitleInFront(List<TitlePhrase> phrases, int before) {
    return phrases.stream().filter(p -> p.end() == before + 1)
        .mapToInt(p -> Math.min(p.zoneBegin(), p.begin()) - 1).findFirst().orElse(before);
  }

  /** The link of a subject to a bridged title, and to titles coordinated with it. */
  static void addCoordinated(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken,
      EntitySpan person, Bridged b, List<TitleLink> links, TitleLink.Pattern pattern) {
    Optional<TitlePhrase> found = Optional.of(b.phrase());
    TitlePhrase last = b.phrase();
    while (found.isPresent() && !s.isPossessive(found.get().titleEnd())) {
      TitlePhrase p = found.get();
      boolean former = b.former() || AppositivePattern.turned(s, p);
      links.add(new TitleLink(person, former ? p.asFormer() : p, pattern));
      last = p;
      found = AppositivePattern.following(s, phrases, p, taken, false);
    }
    int after = last.end();
    if (s.inRange(after) && s.lower(after).equals("who")) {
      // "X is a Finnish lawyer who was the 11th President of Finland": the same subject
      Optional<Bridged> next = bridge(s, after + 1, phrases, taken, false);
      if (next.isPresent() && next.get().phrase().zoneBegin() > after) {
        addCoordinated(s, phrases, taken, person, next.get(), links, pattern);
      }
    }
  }

  /**
   * The title that a verb group starting at token {@code k} gives its subject, if there is one;
   * {@code verbSeen} when the verb came before the subject ("appointed X as …").
   */
  static Optional<Bridged> bridge(TaggedSentence s, int k, List<TitlePhrase> phrases,
      Set<TitlePhrase> taken, boolean verbSeen) {
    boolean verb = verbSeen;
    boolean described = false; // after "is a", "became the": a description, not an object, follows
    boolean former = false;
    k = pastParenthesis(s, k);
    for (int steps = 0; s.inRange(k) && steps < 10; steps++, k++) {
      if (verb) {
        Optional<TitlePhrase> found = AppositivePattern.startingAt(phrases, k, taken);
        if (found.isPresent()) {
          return Optional.of(new Bridged(found.get(), former));
        }
      }
      String w = s.lower(k);
      int owner = verb ? Math.max(s.afterCommonPossessor(k), afterNamedPossessor(s, k)) : k;
      if (owner > k) {
        k = owner - 1; // "X is the company's chief executive": the title starts after the 's
        continue;
      }
      String lemma = lemma(s, k);
      boolean isVerb = isVerb(s, k);
      int as = isVerb && !verbSeen && AS_LEMMAS.contains(lemma) ? asAfterObject(s, k) : -1;
      if (as > k) {
        verb = true;
        former |= LEAVING_LEMMAS.contains(lemma) && (s.pos(k).equals("VBD")
            || s.pos(k).equals("VBN"));
        int role = AppositivePattern.skipDeterminers(s, as + 1, phrases); // "as a session …"
        Optional<TitlePhrase> found = AppositivePattern.startingAt(phrases, role, taken)
            .filter(p -> s.spanStartingAt(p.end(), EntityType.PERSON).isEmpty());
        boolean ended = former;
        Optional<OrgRef> joined = SUCCESSION_LEMMAS.contains(lemma) ? Optional.empty()
            : objectOrganization(s, k + 1, as);
        return found.map(p -> new Bridged(joined.isPresent() && p.org().isEmpty()
            ? p.withComplementOrg(joined.get()) : p, ended));
      }
      if (verb && ROLE_NOUNS.contains(w) && s.inRange(k + 1) && s.lower(k + 1).equals("of")) {
        k++; // "will take on the role of CEO", "was given the post of chairman"
      } else if (isVerb && LINKING_LEMMAS.contains(lemma) && !verbSeen) {
        verb = true;
        described = COPULA_LEMMAS.contains(lemma) && s.inRange(k + 1)
            && ARTICLES.contains(s.lower(k + 1));
      } else if (FORMER_ADVERBS.contains(w)) {
        former = true;
      } else if (!(isVerb && (lemma.equals("have") || lemma.equals("will")) && !verbSeen)
          && !s.pos(k).startsWith("RB") && !s.pos(k).equals("MD") && !isParticle(s, k)
          && !BRIDGE_WORDS.contains(w) && !AppositivePattern.ORDINALS.contains(w)
          && !s.pos(k).equals("JJS")
          && !(verb && isPlainAdjective(s, k)) && !(described && isCompoundModifier(s, k))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The "as" that introduces the role after a verb at {@code k}: right after it, after a particle
   * ("stepped down as"), or after a short object ("joined the club as", "succeeded Peter Hall
   * as"); -1 when there is none before a verb, a comma or a clause word.
   */
  private static int asAfterObject(TaggedSentence s, int k) {
    for (int j = k + 1; s.inRange(j) && j <= k + 6; j++) {
      String w = s.lower(j);
      if (w.equals("as")) {
        boolean asWell = s.inRange(j + 1) && s.lower(j + 1).equals("well");
        return asWell ? -1 : j;
      }
      if (isVerb(s, j) || s.pos(j).equals("MD") || w.equals(",") || w.equals("and")
          || w.equals("who") || w.equals("that") || w.equals("but") || w.equals(".")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * After a named possessor at {@code k} ("becoming Australia's youngest store manager"): the index
   * after its {@code 's}, else {@code k}. A title that starts at the name was found before.
   */
  private static int afterNamedPossessor(TaggedSentence s, int k) {
    Optional<EntitySpan> span = s.span(k);
    if (span.isEmpty() || s.localBegin(span.get()) != k
        || span.get().type() == EntityType.PERSON) {
      return k;
    }
    int end = s.localEnd(span.get());
    return s.isPossessive(end) ? end + 1 : k;
  }

  /** The organization that is the whole object of "joined Dunmore Rovers as …", if it is one. */
  private static Optional<OrgRef> objectOrganization(TaggedSentence s, int from, int to) {
    int k = from < to && s.lower(from).equals("the") ? from + 1 : from;
    Optional<EntitySpan> span = s.span(k);
    if (span.isEmpty() || span.get().type() != EntityType.ORGANIZATION
        || s.localBegin(span.get()) != k || s.localEnd(span.get()) != to) {
      return Optional.empty();
    }
    return Optional.of(new OrgRef(OrgRef.Kind.ORGANIZATION, k, to, span.get().text(),
        Optional.empty()));
  }

  /**
   * Past a bracketed aside right after the name, which does not break the link to the verb: "Jane
   * Doe (born 1961) is a British novelist", "Sen. Bob Hale (R-Texas) became chairman".
   */
  static int pastParenthesis(TaggedSentence s, int k) {
    if (!s.isOpeningBracket(k)) {
      return k;
    }
    for (int j = k + 1; s.inRange(j) && j <= k + 16; j++) {
      if (s.isClosingBracket(j)) {
        return j + 1;
      }
      if (s.isOpeningBracket(j)) {
        break;
      }
    }
    return k;
  }

  /**
   * "The chief executive of American Information Systems in the early Nineties was Chuck Hagel":
   * a determined title, a few words, a form of "be", then the name.
   */
  private static List<TitleLink> inverted(TaggedSentence s, List<TitlePhrase> phrases,
      Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (TitlePhrase p : phrases) {
      if (taken.contains(p) || p.zoneBegin() == 0 || !s.lower(p.zoneBegin() - 1).equals("the")) {
        continue;
      }
      for (int k = p.end(); k < Math.min(s.size(), p.end() + 6); k++) {
        if (isVerb(s, k) && lemma(s, k).equals("be")) {
          Optional<EntitySpan> person = s.spanStartingAt(k + 1, EntityType.PERSON);
          if (person.isPresent() && TitlePattern.endsAppositive(s, s.localEnd(person.get()))) {
            links.add(new TitleLink(person.get(), p, TitleLink.Pattern.COPULAR));
          }
          break;
        }
        if (isVerb(s, k) || s.pos(k).equals("MD") || s.isEntity(k)
            && !s.is(k, EntityType.LOCATION) || s.word(k).equals(",")) {
          break;
        }
      }
    }
    return links;
  }

  /** "is a young American actress", "an eclectic composer": a lower-case adjective. */
  private static boolean isPlainAdjective(TaggedSentence s, int k) {
    return s.pos(k).equals("JJ") && !s.isCapitalized(k) && !s.isEntity(k)
        && (s.word(k).chars().allMatch(c -> Character.isLetter(c) || c == '-')
            || s.word(k).matches("\\d+(st|nd|rd|th)")); // "the 11th President"
  }

  /**
   * "is a Grammy Award-nominated English musician", "a Swedish-American actress", "was a
   * first-term state assemblyman": a nationality or award the tagger marks as MISC, or a piece of a
   * hyphenated compound, before the title; only after "is a", where no object can stand.
   */
  private static boolean isCompoundModifier(TaggedSentence s, int k) {
    boolean hyphen = s.word(k).equals("-") && HyphenatedWords.endsWordAt(s, k + 1);
    boolean piece = HyphenatedWords.endsWordAt(s, k) || s.word(k).indexOf('-') > 0; // or whole
    return s.is(k, EntityType.MISC) || hyphen || piece && !s.isCapitalized(k);
  }

  /** "take on", "took up" (the role of …): a particle right after the verb. */
  private static boolean isParticle(TaggedSentence s, int k) {
    return k > 0 && isVerb(s, k - 1) && (s.pos(k).equals("RP")
        || s.lower(k).equals("on") || s.lower(k).equals("up"));
  }

  static boolean isVerb(TaggedSentence s, int k) {
    return s.pos(k).startsWith("VB");
  }

  static String lemma(TaggedSentence s, int k) {
    String lemma = s.token(k).lemma();
    return TitleLexicon.lower(lemma == null ? s.word(k) : lemma);
  }
}
