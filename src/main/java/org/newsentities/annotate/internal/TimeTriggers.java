package org.newsentities.annotate.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.ArrayCoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsentities.config.Resources;

/**
 * Picks what is worth giving to SUTime: the stretches of text around a digit or a word from the
 * trigger lexicon ({@code models/lexicons/time-triggers.txt}). Text without one cannot hold a
 * temporal expression, and skipping it saves most of SUTime's time.
 */
public final class TimeTriggers {

  public static final String DEFAULT_LEXICON = "models/lexicons/time-triggers.txt";

  /** Tokens of context kept either side of a trigger. */
  static final int CONTEXT = 8;

  private final Set<String> words;

  TimeTriggers(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  public static TimeTriggers load(String location) {
    Set<String> words = new HashSet<>();
    for (String line : Resources.lines(location)) {
      for (String w : line.split("\\s+")) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return new TimeTriggers(words);
  }

  /**
   * The parts of the sentences SUTime needs to see: around every trigger, {@link #CONTEXT} tokens
   * either side (overlapping windows merged, never across a sentence end), as pseudo-sentences
   * with the offsets of the original tokens. SUTime's cost grows with the tokens it scans; its
   * expressions are a few tokens long.
   */
  public List<CoreMap> candidates(List<CoreMap> sentences) {
    List<CoreMap> windows = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int from = -1;
      int to = -1;
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel t = tokens.get(i);
        if (!isTrigger(t.word()) && (t.lemma() == null || !isTrigger(t.lemma()))) {
          continue;
        }
        int start = Math.max(0, i - CONTEXT);
        if (from >= 0 && start <= to) {
          to = Math.min(tokens.size(), i + CONTEXT + 1);
        } else {
          if (from >= 0) {
            windows.add(window(sentence, tokens, from, to));
          }
          from = start;
          to = Math.min(tokens.size(), i + CONTEXT + 1);
        }
      }
      if (from >= 0) {
        windows.add(window(sentence, tokens, from, to));
      }
    }
    return windows;
  }

  private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, int from, int to) {
    if (from == 0 && to == tokens.size()) {
      return sentence;
    }
    List<CoreLabel> part = tokens.subList(from, to);
    CoreMap w = new ArrayCoreMap();
    w.set(CoreAnnotations.TokensAnnotation.class, part);
    w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, part.get(0).beginPosition());
    w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, part.get(part.size() - 1).endPosition());
    Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int base = tokenBegin == null ? 0 : tokenBegin;
    w.set(CoreAnnotations.TokenBeginAnnotation.class, base + from);
    w.set(CoreAnnotations.TokenEndAnnotation.class, base + to);
    w.set(CoreAnnotations.SentenceIndexAnnotation.class,
        sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
    return w;
  }

  boolean isTrigger(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() > 1 && lower.endsWith(".") && words.contains(lower.substring(0, lower.length() - 1))) {
      return true; // "Dec.", "Mon."
    }
    return words.contains(lower) || words.contains(stripHyphenated(lower));
  }

  /** "two-day" and "mid-March" trigger on their parts. */
  private String stripHyphenated(String lower) {
    int dash = lower.indexOf('-');
    if (dash < 0) {
      return lower;
    }
    for (String part : lower.split("-")) {
      if (words.contains(part)) {
        return part;
      }
    }
    return lower;
  }
}
