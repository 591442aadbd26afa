package org.newsentities.extract.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsentities.annotate.Token;

/**
 * Noun phrases of a sentence from its POS tags: maximal runs of adjectives, participles and nouns
 * that end in a noun, and two such runs joined by a bare "of" ("financing of terrorism"). Words
 * glued by hyphens without spaces ("cease-fire", "two-day", split into three tokens by CoreNLP)
 * are kept together as one unit. Leading units that are stop words ("other", "last") are dropped.
 */
final class NounPhraseChunker {

  static final int MAX_UNITS = 6;
  static final int MAX_OF_PHRASE_UNITS = 4;

  /** A phrase's tokens, and where each unit after the first begins (the starts of its tails). */
  record Phrase(List<Token> tokens, List<Integer> unitStarts) {}

  /** The noun phrases of one sentence: plain runs, and runs joined by "of". */
  record NounPhrases(List<Phrase> runs, List<List<Token>> ofPhrases) {}

  private final StopWords stopWords;

  NounPhraseChunker(StopWords stopWords) {
    this.stopWords = stopWords;
  }

  NounPhrases chunk(List<Token> tokens) {
    List<List<Token>> units = units(tokens);
    List<Phrase> runs = new ArrayList<>();
    List<Integer> nextUnit = new ArrayList<>();
    int i = 0;
    while (i < units.size()) {
      if (!isNominal(units.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < units.size() && isNominal(units.get(j))) {
        j++;
      }
      int from = i;
      int to = j;
      while (from < to && !isNoun(units.get(from)) && !isContent(units.get(from))) {
        from++;
      }
      while (to > from && !isNoun(units.get(to - 1))) {
        to--;
      }
      if (from < to && to - from <= MAX_UNITS) {
        runs.add(phrase(units.subList(from, to)));
        nextUnit.add(to);
      }
      i = j;
    }
    List<List<Token>> ofPhrases = new ArrayList<>();
    for (int r = 0; r + 1 < runs.size(); r++) {
      int of = nextUnit.get(r);
      Phrase next = runs.get(r + 1);
      boolean joined = of + 1 < units.size() && units.get(of).size() == 1
          && units.get(of).get(0).word().toLowerCase(Locale.ROOT).equals("of")
          && units.get(of + 1).get(0) == next.tokens().get(0);
      if (joined && runs.get(r).unitStarts().size() + next.unitStarts().size() + 3 <= MAX_OF_PHRASE_UNITS) {
        List<Token> tokensOf = new ArrayList<>(runs.get(r).tokens());
        tokensOf.add(units.get(of).get(0));
        tokensOf.addAll(next.tokens());
        ofPhrases.add(tokensOf);
      }
    }
    return new NounPhrases(runs, ofPhrases);
  }

  /** Tokens grouped into units: a hyphen with no space on either side glues its neighbours. */
  private static List<List<Token>> units(List<Token> tokens) {
    List<List<Token>> units = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!current.isEmpty()) {
        Token prev = current.get(current.size() - 1);
        boolean glued = prev.end() == t.start() && (isHyphen(prev) || isHyphen(t));
        if (!glued) {
          units.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(t);
    }
    if (!current.isEmpty()) {
      units.add(current);
    }
    return units;
  }

  private static Phrase phrase(List<List<Token>> units) {
    List<Token> tokens = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (List<Token> u : units) {
      starts.add(tokens.size());
      tokens.addAll(u);
    }
    return new Phrase(List.copyOf(tokens), List.copyOf(starts.subList(1, starts.size())));
  }

  private static boolean isNominal(List<Token> unit) {
    Token first = unit.get(0);
    Token last = unit.get(unit.size() - 1);
    if (isHyphen(first) || isHyphen(last)) {
      return false;
    }
    String p = last.pos();
    // a participle is a modifier only inside a hyphenated unit ("policy-focused"); on its own it
    // is mostly a verb ("booked", "advising") that the tagger could not place
    boolean participle = (p.equals("VBN") || p.equals("VBG")) && unit.size() > 1;
    return (p.startsWith("NN") || p.startsWith("JJ") || participle || p.equals("FW"))
        && hasLetter(last.word());
  }

  private static boolean isNoun(List<Token> unit) {
    Token last = unit.get(unit.size() - 1);
    return last.pos().startsWith("NN") && hasLetter(last.word());
  }

  private boolean isContent(List<Token> unit) {
    return unit.stream().anyMatch(t -> stopWords.isContent(t.word().toLowerCase(Locale.ROOT)));
  }

  private static boolean isHyphen(Token t) {
    return t.word().equals("-") || t.word().equals("\u2010") || t.word().equals("\u2011");
  }

  private static boolean hasLetter(String w) {
    return w.chars().anyMatch(Character::isLetter);
  }
}
