package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name described by a noun phrase that is no title, then given one ({@link DescribedNamePattern}). */
class DescribedNameTitlesTest {

  @Test
  void aDescriptionAndATitleOfAnOrganization() {
    Titles t = Titles.of("He got the job through [PER James Bakker] a longtime family friend and "
        + "chairman of [ORG Texas Commerce Bank] .");
    t.has("James Bakker", "chairman", "Texas Commerce Bank", false);
  }

  @Test
  void aDescriptionAndAWhoClauseGivingTitles() {
    Titles t = Titles.of("Dr. [PER Steven DeKosta] an [PER Alzheimer] 's researcher who is vice "
        + "president and dean of the [ORG University of Virginia School of Medicine] noted that .");
    t.has("Steven DeKosta", "vice president", "University of Virginia School of Medicine", false);
    t.has("Steven DeKosta", "dean", "University of Virginia School of Medicine", false);
    t.has("Steven DeKosta", "researcher", null, false);
  }

  @Test
  void aDescriptionAndAnotherNameIsNoTitle() {
    Titles t = Titles.of("Guests included [PER Jim Baker] a family friend and [PER Ann Reed] .");
    assertTrue(t.titlesOf("Jim Baker").isEmpty());
  }

  @Test
  void aWhoClauseWithoutATitleGivesNone() {
    Titles t = Titles.of("[PER Kevin Kile] a retired officer who met the chairman said so .");
    assertEquals(List.of(), t.titlesOf("Kevin Kile"));
  }
}
