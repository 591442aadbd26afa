package org.newsentities.extract.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case normalized words for topic features, lexicon matching and document
 * frequencies. Used identically by the trainer and at run time (no CoreNLP), so the features a
 * model was trained on are the features it sees. Hyphenated words are split ("counter-terrorism"
 * → "counter", "terrorism"), possessive endings are dropped, dotted acronyms lose their dots, and
 * "US"/"U.S." become "u.s." so the country is not mistaken for the pronoun.
 */
public final class TopicTokenizer {

  private TopicTokenizer() {}

  /** The raw lower-case words of {@code text}, before lemmatization. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n) {
        char c = text.charAt(j);
        if (Character.isLetterOrDigit(c)) {
          j++;
        } else if ((c == '.' || c == '\'' || c == '\u2019' || c == '&') && j + 1 < n
            && Character.isLetterOrDigit(text.charAt(j + 1))) {
          j += 2;
        } else {
          break;
        }
      }
      String raw = text.substring(i, j);
      add(raw, out);
      i = j;
    }
    return out;
  }

  /** The normalized words ({@link LightLemmatizer} applied) of {@code text}. */
  public static List<String> lemmas(String text) {
    List<String> words = words(text);
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(LightLemmatizer.lemma(w));
    }
    return out;
  }

  /** The normalized form of one token as CoreNLP or a user wrote it. */
  public static String normalize(String token) {
    List<String> ws = words(token);
    if (ws.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String w : ws) {
      sb.append(LightLemmatizer.lemma(w));
    }
    return sb.toString();
  }

  private static void add(String raw, List<String> out) {
    String w = raw;
    if (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'S") || w.endsWith("\u2019S")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.equals("US") || w.equals("U.S") || w.equals("U.S.A")) {
      out.add("u.s.");
      return;
    }
    if (w.indexOf('.') >= 0 && isDottedAcronym(w)) {
      w = w.replace(".", "");
    } else if (w.indexOf('.') >= 0 && !Character.isDigit(w.charAt(0))) {
      // "end.The" (a missing space) or "space.com": keep the parts as words
      for (String part : w.split("\\.")) {
        add(part, out);
      }
      return;
    }
    w = w.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    if (!w.isEmpty()) {
      out.add(w);
    }
  }

  private static boolean isDottedAcronym(String w) {
    String[] parts = w.split("\\.");
    for (String p : parts) {
      if (p.length() != 1 || !Character.isLetter(p.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
