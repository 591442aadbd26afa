package org.newsentities.resolve;

import java.util.List;
import java.util.Set;

/**
 * An organization's short form refers to a longer name when it is its acronym ("TIFA" for "Trade
 * and Investment Framework", "GM" for "General Motors"), or the longer name's tail of two or more
 * words ("Foreign Office" for "Pakistani Foreign Office").
 */
public final class OrganizationNameMatcher implements NameMatcher {

  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "&", "on", "in");

  @Override
  public boolean refersTo(String shortKey, String longKey) {
    List<String> s = Names.tokens(shortKey);
    List<String> l = Names.tokens(longKey);
    if (s.isEmpty() || s.size() >= l.size()) {
      return false;
    }
    if (s.size() == 1 && s.get(0).equals(acronym(l))) {
      return true;
    }
    return s.size() >= 2 && l.subList(l.size() - s.size(), l.size()).equals(s);
  }

  /** Initials of the content words: "trade and investment framework" → "tif". */
  static String acronym(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!FUNCTION_WORDS.contains(w)) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }
}
