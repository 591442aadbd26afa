package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmployerMatchTest {

  @Test
  void oneNameInsideTheOther() {
    assertTrue(EmployerMatch.lenient("GlaxoSmithKline PLC", "GlaxoSmithKline"));
    assertFalse(EmployerMatch.lenient("Republican Party", "Kentucky"));
  }

  @Test
  void anAcronym() {
    assertTrue(EmployerMatch.lenient("European Central Bank", "ECB"));
    assertTrue(EmployerMatch.lenient("U.S.", "United States"));
    assertFalse(EmployerMatch.lenient("European Union", "ECB"));
  }

  @Test
  void aCountryAndItsAdjective() {
    assertTrue(EmployerMatch.lenient("South Korea", "South Korean"));
    assertFalse(EmployerMatch.lenient("North Korea", "South Korean"));
  }
}
