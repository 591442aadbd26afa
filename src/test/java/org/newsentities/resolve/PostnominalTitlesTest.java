package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Titles written after the name without a comma, as British news writes a member's post. */
class PostnominalTitlesTest {

  @Test
  void memberOfParliamentAfterTheName() {
    Titles t = Titles.of("The guide was written with the help of [PER Margaret Moran] MP and a "
        + "team of journalists .");
    t.has("Margaret Moran", "MP", null, false);
  }

  @Test
  void memberOfTheEuropeanParliamentAfterTheName() {
    Titles t = Titles.of("[PER Richard Corbett] MEP said the vote was close .");
    t.has("Richard Corbett", "MEP", null, false);
  }

  @Test
  void aWordThatIsNotAPostNeverFollows() {
    Titles t = Titles.of("[PER Margaret Moran] met officials on Monday .");
    assertTrue(t.titlesOf("Margaret Moran").isEmpty());
  }
}
