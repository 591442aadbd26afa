package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;

/**
 * Roles given to the subject of a clause far from its name:
 * <ul>
 *   <li>a participle clause: "Mr Bell quickly moved through its ranks, becoming Australia's
 *       youngest store manager at 19", "Chen was appointed as Gome Chairman shortly after being
 *       appointed as Acting Chairman", "… after serving as interim dean";
 *   <li>the successor of "to succeed / will replace X as T": "named Ronald Rittenmeyer president
 *       to succeed Chairman Michael Jordan as CEO" — the CEO post is Rittenmeyer's;
 *   <li>a verb group after an aside between commas: "Laurent Beaudoin, part of the family that
 *       controls the firm, will take on the role of CEO".
 * </ul>
 * The subject is the first name of the sentence that a finite verb follows; the participle must
 * come after that verb.
 */
final class ClauseSubjectPattern implements TitlePattern {

  /** Participles that open a clause giving a role: "becoming", "being (appointed)", "serving". */
  private static final Set<String> PARTICIPLES = Set.of("becoming", "being", "serving",
      "working", "acting");
  /** What may open a participle clause: a comma, or a subordinating preposition. */
  private static final Set<String> OPENERS = Set.of(",", "after", "before", "since", "while",
      "when", "upon", "until");
  /** Words between a successor and "to succeed": "X president and COO to succeed …". */
  private static final Set<String> SUCCESSOR_GAP = Set.of("and", "to", ",");

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    Optional<Subject> subject = subject(s);
    for (int k = 1; k < s.size() && subject.isPresent(); k++) {
      if (k <= subject.get().verb() || !PARTICIPLES.contains(s.lower(k))
          || !s.pos(k).equals("VBG") || !opensClause(s, k)) {
        continue;
      }
      EntitySpan person = subject.get().person();
      int participle = k;
      CopularPattern.bridge(s, k, phrases, taken, false)
          .filter(b -> b.phrase().zoneBegin() > participle)
          .ifPresent(b -> CopularPattern.addCoordinated(s, phrases, taken, person, b, links,
              TitleLink.Pattern.COPULAR));
    }
    links.addAll(successors(s, phrases));
    links.addAll(pastAsides(s, phrases, taken));
    return links;
  }

  private static final int MAX_ASIDE = 16;

  /**
   * "Laurent Beaudoin, part of the family that controls the Montreal-based firm, will take on the
   * role of CEO": an aside between commas that opens in lower case does not break the link of the
   * name to the verb group after it.
   */
  private static List<TitleLink> pastAsides(TaggedSentence s, List<TitlePhrase> phrases,
      Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (EntitySpan person : s.people()) {
      int open = s.afterName(person);
      if (!s.inRange(open + 1) || !s.word(open).equals(",") || s.isCapitalized(open + 1)
          || s.isEntity(open + 1) || s.lower(open + 1).equals("who")) {
        continue; // "X, who is …" is CopularPattern's
      }
      int close = open + 1;
      while (close < open + MAX_ASIDE && s.inRange(close) && !s.word(close).equals(",")
          && !s.isOpeningBracket(close) && !s.lower(close).equals(".")) {
        close++;
      }
      if (!s.inRange(close + 1) || !s.word(close).equals(",") || !s.isFiniteVerb(close + 1)) {
        continue;
      }
      int verb = close + 1;
      CopularPattern.bridge(s, verb, phrases, taken, false)
          .filter(b -> b.phrase().zoneBegin() > verb)
          .ifPresent(b -> CopularPattern.addCoordinated(s, phrases, taken, person, b, links,
              TitleLink.Pattern.COPULAR));
    }
    return links;
  }

  private record Subject(EntitySpan person, int verb) {}

  /** The first name of the sentence followed by a finite verb (past an age and adverbs). */
  private static Optional<Subject> subject(TaggedSentence s) {
    for (EntitySpan person : s.people()) {
      int k = CopularPattern.pastParenthesis(s, s.afterAge(s.afterName(person)));
      while (s.inRange(k) && s.pos(k).startsWith("RB")) {
        k++;
      }
      if (s.inRange(k) && s.isFiniteVerb(k)) {
        return Optional.of(new Subject(person, k));
      }
    }
    return Optional.empty();
  }

  /** After a comma or "after", past an adverb: "shortly after being", "after initially serving". */
  private static boolean opensClause(TaggedSentence s, int k) {
    int before = k - 1;
    if (before > 0 && s.pos(before).startsWith("RB")) {
      before--;
    }
    return before >= 0 && OPENERS.contains(s.lower(before));
  }

  /**
   * "X … to succeed / will replace Y as T": T is X's. X is the nearest name before the verb with
   * only titles, "and", "to", modals and adverbs between.
   */
  private static List<TitleLink> successors(TaggedSentence s, List<TitlePhrase> phrases) {
    List<TitleLink> links = new ArrayList<>();
    for (EntitySpan predecessor : s.people()) {
      int name = s.localBegin(predecessor);
      // past a title in front of the name: "succeed Chairman Michael H. Jordan"
      int verb = phrases.stream().filter(p -> p.end() == name).mapToInt(p -> p.zoneBegin() - 1)
          .findFirst().orElse(name - 1);
      int as = s.afterName(predecessor);
      if (verb < 1 || !CopularPattern.isVerb(s, verb) || s.pos(verb).equals("VBD")
          || s.pos(verb).equals("VBN")
          || !CopularPattern.SUCCESSION_LEMMAS.contains(CopularPattern.lemma(s, verb))
          || !s.inRange(as) || !s.lower(as).equals("as")) {
        continue;
      }
      int role = AppositivePattern.skipDeterminers(s, as + 1, phrases);
      Optional<TitlePhrase> title = phrases.stream().filter(p -> p.zoneBegin() == role)
          .findFirst();
      Optional<EntitySpan> successor = successor(s, phrases, verb);
      if (title.isPresent() && successor.isPresent()) {
        links.add(new TitleLink(successor.get(), title.get(), TitleLink.Pattern.COPULAR));
      }
    }
    return links;
  }

  private static Optional<EntitySpan> successor(TaggedSentence s, List<TitlePhrase> phrases,
      int verb) {
    int k = verb - 1;
    while (k >= 0) {
      int at = k;
      Optional<EntitySpan> person = s.personEndingAt(at + 1);
      if (person.isPresent()) {
        return person;
      }
      Optional<TitlePhrase> inTitle = phrases.stream()
          .filter(p -> p.zoneBegin() <= at && at < p.end()).findFirst();
      if (inTitle.isPresent()) {
        k = inTitle.get().zoneBegin() - 1;
      } else if (SUCCESSOR_GAP.contains(s.lower(k)) || s.pos(k).equals("MD")
          || s.pos(k).startsWith("RB")) {
        k--;
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
