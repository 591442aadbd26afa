package org.newsentities.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsentities.annotate.AnnotatedText;

class TenseDetectorTest {

  private static Tense tenseOf(String tagged, String expression) {
    AnnotatedText a = FakeText.of(tagged).build();
    int start = a.text().indexOf(expression);
    return TenseDetector.tenseAt(a, start, start + expression.length());
  }

  @Test
  void verbGroupsBeforeTheExpression() {
    assertEquals(Tense.FUTURE, tenseOf("It/PRP will/MD close/VB Monday/NNP ./.", "Monday"));
    assertEquals(Tense.PAST, tenseOf("It/PRP closed/VBD Monday/NNP ./.", "Monday"));
    assertEquals(Tense.PAST, tenseOf("It/PRP has/VBZ closed/VBN Monday/NNP ./.", "Monday"));
    assertEquals(Tense.PRESENT, tenseOf("It/PRP is/VBZ open/JJ Monday/NNP ./.", "Monday"));
    assertEquals(Tense.FUTURE, tenseOf("They/PRP were/VBD planning/VBG to/TO drive/VB "
        + "around/IN on/IN Monday/NNP ./.", "Monday"));
    assertEquals(Tense.FUTURE, tenseOf("It/PRP is/VBZ expected/VBN to/TO close/VB Monday/NNP ./.",
        "Monday"));
    assertEquals(Tense.PAST, tenseOf("He/PRP was/VBD last/JJ seen/VBN Nov./NNP 3/CD ./.",
        "Nov. 3"));
  }

  @Test
  void otherwiseTheVerbAfterIt() {
    assertEquals(Tense.FUTURE, tenseOf("On/IN Monday/NNP ,/, it/PRP will/MD close/VB ./.",
        "Monday"));
    assertEquals(Tense.UNKNOWN, tenseOf("Monday/NNP ./.", "Monday"));
  }

  @Test
  void aFiniteVerbRightAfterTheExpressionIsItsOwn() {
    assertEquals(Tense.PAST, tenseOf("He/PRP will/MD stay/VB even/RB after/IN a/DT court/NN "
        + "Thursday/NNP refused/VBD ./.", "Thursday"));
  }

  @Test
  void plansAndPostponementsPointAhead() {
    assertEquals(Tense.FUTURE, tenseOf("He/PRP has/VBZ scheduled/VBN a/DT news/NN conference/NN "
        + "Thursday/NNP ./.", "Thursday"));
    assertEquals(Tense.FUTURE, tenseOf("They/PRP postponed/VBD action/NN until/IN Tuesday/NNP ./.",
        "Tuesday"));
    assertEquals(Tense.PAST, tenseOf("They/PRP postponed/VBD action/NN on/IN Tuesday/NNP ./.",
        "Tuesday"));
    assertEquals(Tense.PAST, tenseOf("It/PRP had/VBD been/VBN scheduled/VBN to/TO expire/VB "
        + "Friday/NNP ./.", "Friday"));
  }
}
