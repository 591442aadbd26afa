package org.newsentities.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  @Test
  void englishNewsIsNotFlagged() {
    assertEquals(Optional.empty(), LanguageGuesser.warning("Pakistan and the United States have "
        + "resolved to work together to counter terrorism, the Foreign Office said on Wednesday, "
        + "after talks in Islamabad. The two sides discussed the threat posed by militant groups "
        + "and agreed that they would meet again later this year."));
  }

  @Test
  void englishFullOfForeignNamesIsNotFlagged() {
    assertEquals(Optional.empty(), LanguageGuesser.warning("Jean-Luc Mélenchon and Marine Le Pen "
        + "clashed with Emmanuel Macron in Paris on Sunday, while Olaf Scholz met Friedrich Merz in "
        + "Berlin. The leaders of La France Insoumise and the Rassemblement National said that the "
        + "reform was unfair to workers and would be repealed."));
  }

  @Test
  void germanFrenchAndSpanishAreFlaggedByName() {
    assertTrue(LanguageGuesser.warning("Die Bundesregierung hat am Mittwoch ein neues Gesetz "
        + "beschlossen. Der Kanzler sagte, das Gesetz sei ein wichtiger Schritt für die Wirtschaft, "
        + "und die Opposition kritisierte die Kosten für die Bürger.").orElseThrow()
        .startsWith("not English: looks like German"));
    assertTrue(LanguageGuesser.warning("Le gouvernement a présenté mercredi un projet de loi sur "
        + "les retraites. Le ministre a déclaré que la réforme est nécessaire pour l'avenir du "
        + "système, mais les syndicats sont opposés et appellent à la grève dans tout le pays.")
        .orElseThrow().startsWith("not English: looks like French"));
    assertTrue(LanguageGuesser.warning("El gobierno aprobó el martes una nueva ley para la "
        + "vivienda. La ministra dijo que los precios del alquiler son demasiado altos y que la "
        + "medida es necesaria para las familias, pero la oposición votó en contra de la ley.")
        .orElseThrow().startsWith("not English: looks like Spanish"));
  }

  @Test
  void nonLatinScriptIsFlagged() {
    String russian = "Правительство России в среду одобрило новый закон о налогах. Министр "
        + "финансов заявил, что реформа необходима для развития экономики страны.";
    assertEquals(Optional.of("not English: written mostly in Cyrillic script; entities and dates "
        + "will be poor"), LanguageGuesser.warning(russian));
  }

  @Test
  void shortTextsAreNotJudged() {
    assertEquals(Optional.empty(), LanguageGuesser.warning("Der Kanzler sagte nein."));
  }
}
