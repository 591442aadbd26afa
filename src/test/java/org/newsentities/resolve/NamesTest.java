package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Name keys for comparison and display names for the output. */
class NamesTest {

  @Test
  void keysIgnoreCaseAccentsPossessivesAndPunctuation() {
    assertEquals("pakistan foreign office", Names.key("Pakistan\u2019s  Foreign Office"));
    assertEquals("jose manuel barroso", Names.key("Jos\u00e9 Manuel Barroso"));
    assertEquals("mike ruddock", Names.key("Mike [Ruddock]"));
  }

  @Test
  void displayNamesHaveSingleSpacesAndNoEditorsBrackets() {
    assertEquals("Mike Ruddock", Names.display("Mike [ Ruddock ]"));
    assertEquals("Syed Haider Shah", Names.display(" Syed\n Haider  Shah "));
    assertEquals("Jean-Claude Juncker", Names.display("Jean - Claude Juncker"));
    assertEquals("Renee (Mack) Baumgartner", Names.display("Renee ( Mack ) Baumgartner"));
  }
}
