package org.newsentities.resolve;

import java.util.Set;

/**
 * Hyphenated words put back together: the tokenizer splits "film-maker", "Under-Secretary" and
 * "hip-hop" into three tokens ({@code word - word}, written without spaces), but the title lexicon
 * and the fields in front of a title need them whole.
 */
final class HyphenatedWords {

  /** Last pieces of hyphenated quantities: "first-term", "long-time", "two-year", "30-year-old". */
  private static final Set<String> QUANTITY_TAILS = Set.of("term", "time", "year", "old", "day",
      "week", "month", "season");

  private HyphenatedWords() {}

  /** The token after the hyphenated word that starts at token {@code k} ({@code k + 1} if none). */
  static int end(TaggedSentence s, int k) {
    int e = k + 1;
    while (s.inRange(e + 1) && s.word(e).equals("-") && attached(s, e - 1, e)
        && attached(s, e, e + 1) && Character.isLetter(s.word(e + 1).charAt(0))) {
      e += 2;
    }
    return e;
  }

  /** Whether token {@code k} is the last piece of a hyphenated word: "term" in "first - term". */
  static boolean endsWordAt(TaggedSentence s, int k) {
    return k >= 2 && s.inRange(k) && s.word(k - 1).equals("-") && attached(s, k - 2, k - 1)
        && attached(s, k - 1, k);
  }

  /**
   * Where the field word at token {@code k} starts: {@code k}, or the first piece of the hyphenated
   * word it ends ("hip - hop artist"); -1 for a quantity ("first - term state assemblyman", "long -
   * time") or a capitalized or numeric compound, which describe the holder rather than the field.
   */
  static int fieldStart(TaggedSentence s, int k) {
    if (!endsWordAt(s, k)) {
      return k;
    }
    if (QUANTITY_TAILS.contains(s.lower(k))) {
      return -1;
    }
    int start = k;
    while (endsWordAt(s, start)) {
      start -= 2;
    }
    return s.isCapitalized(start) || s.pos(start).equals("CD") ? -1 : start;
  }

  private static boolean attached(TaggedSentence s, int left, int right) {
    return s.token(left).end() == s.token(right).start();
  }
}
