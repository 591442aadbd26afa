package org.newsentities.extract.topics;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsentities.config.Resources;

/** Words that carry no subject: function words, reporting verbs, news-agency names. */
public final class StopWords {

  private final Set<String> words;

  private StopWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  public static StopWords load(String location) {
    Set<String> words = new HashSet<>();
    for (String line : Resources.lines(location)) {
      words.add(line.toLowerCase(Locale.ROOT));
    }
    return new StopWords(words);
  }

  /** Whether a lower-case word (as {@link TopicTokenizer#words} gives it) is a stop word. */
  public boolean contains(String lowerWord) {
    return words.contains(lowerWord);
  }

  /** Whether a word can carry meaning at all: not a stop word, and with at least one letter. */
  public boolean isContent(String lowerWord) {
    if (lowerWord.length() < 2 || words.contains(lowerWord)) {
      return false;
    }
    for (int i = 0; i < lowerWord.length(); i++) {
      if (Character.isLetter(lowerWord.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
