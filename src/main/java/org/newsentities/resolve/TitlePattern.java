package org.newsentities.resolve;

import java.util.List;
import java.util.Set;
import org.newsentities.extract.Honorifics;

/** One construction that links title phrases of a sentence to the people who hold them. */
interface TitlePattern {

  /**
   * Links in the sentence; {@code taken} holds the phrases that an earlier pattern linked, which
   * this one leaves alone.
   */
  List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken);

  /** Honorifics between a title and a name: "Prime Minister Mr Blair". */
  Set<String> HONORIFICS = Honorifics.BEFORE_NAME;

  /**
   * Where an appositive title ends: at {@code p.end()}, or after the rest of a noun phrase that its
   * organization modifies ("leader of the Plaid Cymru | group in the assembly").
   */
  static boolean appositiveEndsAfter(TaggedSentence s, TitlePhrase p) {
    int k = p.end();
    if (p.complementOrg().isPresent()) {
      while (s.inRange(k) && !s.isCapitalized(k) && s.pos(k).startsWith("NN")) {
        k++;
      }
    }
    return endsAppositive(s, k);
  }

  /** Prepositions after an appositive title: "X, a spokesman for the group, said". */
  Set<String> PREPOSITIONS = Set.of("for", "of", "at", "with", "in", "to", "from", "since",
      "until", "on", "during");

  /** Tokens that may end an appositive: punctuation, or the verb of the clause. */
  static boolean endsAppositive(TaggedSentence s, int k) {
    if (!s.inRange(k)) {
      return true;
    }
    String w = s.lower(k);
    String pos = s.pos(k);
    return w.equals(",") || w.equals(".") || w.equals(")") || w.equals("-rrb-") || w.equals(";")
        || w.equals(":") || w.equals("\u201d") || w.equals("\"") || w.equals("''")
        || w.equals("--") || w.equals("-") || w.equals("\u2013") || w.equals("\u2014")
        || pos.startsWith("VB") || pos.equals("MD") || w.equals("who") || pos.equals("WRB")
        || pos.equals("WDT")
        || PREPOSITIONS.contains(w);
  }
}
