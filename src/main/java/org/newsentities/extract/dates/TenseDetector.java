package org.newsentities.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Token;

/**
 * The tense of the verb group governing a date expression: the nearest verb group to its left in
 * the same clause, else the nearest to its right in the sentence. "will", "'ll", "shall", "going
 * to", "is to", "is expected/scheduled/set/due to" make a future; a past-tense verb, or "have" with
 * a participle, a past.
 */
public final class TenseDetector {

  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "ll", "would");
  private static final Set<String> PLANNING = Set.of("expected", "scheduled", "set", "due",
      "slated", "planning", "plan", "plans", "planned", "going", "poised", "likely", "intend",
      "intends", "intended", "hope", "hopes", "hoped", "aim", "aims", "ready", "about");
  /** Verbs that move what they act on ahead: "postponed until Tuesday", "has scheduled … Thursday". */
  private static final Set<String> FORWARD_UNTIL = Set.of("postpone", "delay", "extend", "adjourn",
      "defer", "put");
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "``", "''", "\"", "--", "-LRB-",
      "-RRB-");

  private TenseDetector() {}

  /** The tense for the expression covering characters {@code [start, end)} of the text. */
  public static Tense tenseAt(AnnotatedText text, int start, int end) {
    List<Token> tokens = text.tokens();
    int first = firstTokenAtOrAfter(tokens, start);
    if (first >= tokens.size()) {
      return Tense.UNKNOWN;
    }
    int sentence = tokens.get(first).sentence();
    int last = first;
    while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) {
      last++;
    }
    // A finite verb right after it is its own: "a court Thursday refused", not the "will" before.
    if (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == sentence
        && isFiniteVerb(tokens.get(last + 1))) {
      return groupTense(tokens, last + 1);
    }
    boolean until = first > 0 && Set.of("until", "till").contains(
        tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
    // Left, within the clause: a verb group ending before the expression.
    for (int i = first - 1; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
      Token t = tokens.get(i);
      if (CLAUSE_BREAKS.contains(t.word())) {
        break;
      }
      if (isVerb(t)) {
        Tense tense = groupTense(tokens, i);
        return tense == Tense.PAST && until && FORWARD_UNTIL.contains(t.lemma()) ? Tense.FUTURE
            : tense;
      }
    }
    for (int i = last + 1; i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
      if (isVerb(tokens.get(i))) {
        return groupTense(tokens, i);
      }
    }
    return Tense.UNKNOWN;
  }

  /** The tense of the verb group around token {@code i} (a verb). */
  static Tense groupTense(List<Token> tokens, int i) {
    int sentence = tokens.get(i).sentence();
    // Leftwards through the auxiliaries of the group: "was (last) seen", "is expected to close".
    int from = i;
    int gap = 0;
    for (int k = i - 1; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
      Token t = tokens.get(k);
      if (isVerb(t) || (t.word().equalsIgnoreCase("to") && gap == 0)) {
        from = k;
        gap = 0;
      } else if ((isAdverb(t) || t.pos().equals("JJ")) && gap < 2) {
        gap++;
      } else {
        break;
      }
    }
    int to = i;
    while (to + 1 < tokens.size() && tokens.get(to + 1).sentence() == sentence
        && (isVerb(tokens.get(to + 1)) || isAdverb(tokens.get(to + 1))
            || tokens.get(to + 1).word().equalsIgnoreCase("to"))) {
      to++;
    }
    boolean past = false;
    boolean present = false;
    // "had been scheduled to expire Friday": a plan of the past, not a future.
    for (int k = from; k <= to; k++) {
      if (tokens.get(k).word().equalsIgnoreCase("had") && tokens.get(k).pos().equals("VBD")) {
        return Tense.PAST;
      }
    }
    for (int k = from; k <= to; k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      String pos = t.pos();
      if (pos.equals("MD") && FUTURE_MODALS.contains(w)) {
        return Tense.FUTURE;
      }
      if (PLANNING.contains(w) && k + 1 <= to && tokens.get(k + 1).word().equalsIgnoreCase("to")) {
        return Tense.FUTURE;
      }
      if ((t.lemma().equals("be")) && k + 1 <= to
          && tokens.get(k + 1).word().equalsIgnoreCase("to") && !pos.equals("VBD")) {
        return Tense.FUTURE;
      }
      if (t.lemma().equals("schedule") && pos.startsWith("VBN") && k == to) {
        return Tense.FUTURE;
      }
      if (pos.equals("VBD")) {
        past = true;
      } else if (pos.equals("VBN") && hasPerfectAuxiliary(tokens, from, k)) {
        past = true;
      } else if (pos.equals("VBZ") || pos.equals("VBP")) {
        present = true;
      }
    }
    if (past) {
      return Tense.PAST;
    }
    return present ? Tense.PRESENT : Tense.UNKNOWN;
  }

  private static boolean hasPerfectAuxiliary(List<Token> tokens, int from, int participle) {
    for (int k = from; k < participle; k++) {
      if (tokens.get(k).lemma().equals("have")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(Token t) {
    return t.pos().startsWith("VB") || t.pos().equals("MD");
  }

  private static boolean isFiniteVerb(Token t) {
    return Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos());
  }

  private static boolean isAdverb(Token t) {
    return t.pos().startsWith("RB");
  }

  /** The index of the first token ending after {@code offset} (binary search). */
  static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
