package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which short forms of a person's name refer to a longer one. */
class PersonNameMatcherTest {

  private final PersonNameMatcher matcher = new PersonNameMatcher();

  @Test
  void surnameGivenNameAndContiguousPartsReferToTheFullName() {
    assertTrue(matcher.refersTo("landberg", "christopher landberg"));
    assertTrue(matcher.refersTo("haider shah", "syed haider shah"));
    assertFalse(matcher.refersTo("syed shah", "syed haider shah"));
    assertFalse(matcher.refersTo("christopher landberg", "christopher landberg"));
  }

  @Test
  void aLineUpInitialAndSurnameReferToTheFullName() {
    assertTrue(matcher.refersTo("j laharrague", "julien laharrague"));
    assertFalse(matcher.refersTo("y laharrague", "julien laharrague"));
    assertFalse(matcher.refersTo("j jones", "julien laharrague"));
  }
}
