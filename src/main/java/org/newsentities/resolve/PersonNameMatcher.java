package org.newsentities.resolve;

import java.util.Collections;
import java.util.List;

/**
 * A person's short form refers to a full name when it is the surname ("Landberg" → "Christopher
 * Landberg"), the given name, a contiguous part of it ("Haider Shah" → "Syed Haider Shah"), or the
 * initial and surname of a line-up ("J Laharrague" → "Julien Laharrague").
 */
public final class PersonNameMatcher implements NameMatcher {

  @Override
  public boolean refersTo(String shortKey, String longKey) {
    List<String> s = Names.tokens(shortKey);
    List<String> l = Names.tokens(longKey);
    if (s.isEmpty()) {
      return false;
    }
    if (s.size() < l.size() && Collections.indexOfSubList(l, s) >= 0) {
      return true;
    }
    return s.size() == 2 && l.size() >= 2 && s.get(0).length() == 1 && l.get(0).length() > 1
        && l.get(0).startsWith(s.get(0)) && s.get(1).equals(l.get(l.size() - 1));
  }
}
