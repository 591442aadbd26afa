package org.newsentities.resolve;

import java.util.List;

/**
 * A person's short form refers to a full name when it is the surname ("Landberg" → "Christopher
 * Landberg"), the given name, or a contiguous part of it ("Haider Shah" → "Syed Haider Shah").
 */
public final class PersonNameMatcher implements NameMatcher {

  @Override
  public boolean refersTo(String shortKey, String longKey) {
    List<String> s = Names.tokens(shortKey);
    List<String> l = Names.tokens(longKey);
    return s.size() < l.size() && !s.isEmpty() && java.util.Collections.indexOfSubList(l, s) >= 0;
  }
}
