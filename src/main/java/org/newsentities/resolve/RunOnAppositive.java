package org.newsentities.resolve;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntityType;

/**
 * Appositives run on after a name without a comma, as KBP-style text writes them: "Phyllis
 * Schlafly head of the Eagle Forum", "Arthur Mutambara head of a faction of the MDC", "Admiral
 * Andrew Cunningham commander of the Mediterranean Fleet", "his wife Beverly founder of Concerned
 * Women for America". Without a comma, only a title that a place after it anchors counts: "of/at"
 * and a name, the tagger's or not, right away or after a common noun ("a faction of the MDC"); or
 * capitalized titles that run on up to the end of the clause, as lists of officers are written:
 * "Menderes Akdag President Chief Executive Officer and Director and Bruce S. Rosenbloom Chief
 * Financial Officer."
 */
final class RunOnAppositive {

  private static final Set<String> LINKS = Set.of("of", "at");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private RunOnAppositive() {}

  /** Whether "of/at" and a name follow the title's head: "head of the Eagle Forum". */
  static boolean anchoredAfter(TaggedSentence s, TitlePhrase p) {
    int k = p.end();
    if (!s.inRange(k) || !LINKS.contains(s.lower(k))) {
      return false;
    }
    k++;
    if (s.inRange(k) && ARTICLES.contains(s.lower(k))) {
      k++;
    }
    if (s.inRange(k) && !s.isCapitalized(k) && s.pos(k).startsWith("NN")
        && s.inRange(k + 1) && s.lower(k + 1).equals("of")) {
      k += 2; // "head of a faction of the MDC"
      if (s.inRange(k) && ARTICLES.contains(s.lower(k))) {
        k++;
      }
    }
    return s.inRange(k) && s.isCapitalized(k) && !s.is(k, EntityType.PERSON)
        && Character.isLetter(s.word(k).charAt(0));
  }

  /**
   * "George Papandreou president of the Panhellenic Socialist Movement party and son and grandson
   * of Prime Ministers was elected": after a title with its organization, "and" and a lower-case
   * noun go on describing the same person, or "and" and a verb go on with what the person did
   * ("met Anna Wintour then fashion director of U.S. Vogue and was hired as her assistant").
   */
  static boolean beforeCoordinatedDescription(TaggedSentence s, TitlePhrase p) {
    int k = p.end();
    while (s.inRange(k) && !s.isCapitalized(k) && s.pos(k).startsWith("NN")
        && p.complementOrg().isPresent()) {
      k++; // "… Movement party"
    }
    return (p.complementOrg().isPresent() || anchoredAfter(s, p)) && s.inRange(k + 1)
        && s.lower(k).equals("and") && !s.isCapitalized(k + 1)
        && (s.pos(k + 1).startsWith("NN") || s.pos(k + 1).equals("JJ")
            || s.pos(k + 1).startsWith("VB") || s.pos(k + 1).equals("MD"));
  }

  /**
   * The capitalized title right after {@code p} ("President | Chief Executive Officer"), when the
   * run of capitalized titles it belongs to ends the clause.
   */
  static Optional<TitlePhrase> nextCapitalized(TaggedSentence s, List<TitlePhrase> phrases,
      TitlePhrase p, Set<TitlePhrase> taken) {
    if (!capitalizedRunEndsClause(s, phrases, p, taken)) {
      return Optional.empty();
    }
    return capitalizedAt(s, phrases, p.end(), taken);
  }

  /**
   * Whether {@code p} and the capitalized titles after it, next to each other or joined by "and",
   * end at a clause boundary: punctuation, the sentence's end, or "and" before another name.
   */
  static boolean capitalizedRunEndsClause(TaggedSentence s, List<TitlePhrase> phrases,
      TitlePhrase p, Set<TitlePhrase> taken) {
    TitlePhrase last = p;
    for (int items = 0; items < 6; items++) {
      if (!s.isCapitalized(last.titleBegin())) {
        return false;
      }
      int e = last.end();
      Optional<TitlePhrase> next = capitalizedAt(s, phrases, e, taken);
      if (next.isEmpty() && s.inRange(e) && s.lower(e).equals("and")) {
        next = capitalizedAt(s, phrases, e + 1, taken);
      }
      if (next.isEmpty()) {
        return endsClause(s, e);
      }
      last = next.get();
    }
    return false;
  }

  /** Punctuation that closes a clause, the sentence's end, or "and" before another name. */
  static boolean endsClause(TaggedSentence s, int k) {
    if (!s.inRange(k)) {
      return true;
    }
    String w = s.lower(k);
    return w.equals(";") || w.equals(".") || w.equals(",") || w.equals(":") || w.equals(")")
        || w.equals("-rrb-") || w.equals("and") && s.spanStartingAt(k + 1, EntityType.PERSON)
        .isPresent();
  }

  private static Optional<TitlePhrase> capitalizedAt(TaggedSentence s, List<TitlePhrase> phrases,
      int k, Set<TitlePhrase> taken) {
    return AppositivePattern.startingAt(phrases, k, taken)
        .filter(n -> n.begin() == k && s.isCapitalized(n.titleBegin())
            && s.spanStartingAt(n.end(), EntityType.PERSON).isEmpty());
  }
}
