package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Kbp37ReaderTest {

  @Test
  void readsOnlyTitleExamplesAndRebuildsTheSentenceWithTheLabelledSpans(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("train.txt");
    Files.writeString(file, """
        4\t" Norway 's <e2> finance minister </e2> <e1> Kari Nordby </e1> said on Friday . "
        per:title(e1,e2)


        5\t" <e1> Acme </e1> is based in <e2> Oslo </e2> . "
        org:city_of_headquarters(e1,e2)


        7\t" <e1> Coach </e1> <e2> Tom Hale </e2> resigned . "
        per:title(e2,e1)

        """);
    List<Kbp37Reader.Example> examples = Kbp37Reader.titles().read(file);
    assertEquals(2, examples.size());
    Kbp37Reader.Example first = examples.get(0);
    assertEquals("Norway 's finance minister Kari Nordby said on Friday .", first.sentence());
    assertEquals("Kari Nordby", first.person());
    assertEquals("finance minister", first.label());
    assertEquals("finance minister",
        first.sentence().substring(first.labelStart(), first.labelEnd()));
    assertTrue(first.develop());
    Kbp37Reader.Example second = examples.get(1);
    assertEquals("Tom Hale", second.person());
    assertEquals("Coach", second.label());
    assertEquals(0, second.labelStart());
    assertFalse(second.develop());
  }

  @Test
  void employersTakeThePersonFromEitherSideAndSkipEmptyMarkers(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("train.txt");
    Files.writeString(file, """
        2	" <e1> Ann Lee </e1> , a lawyer at <e2> Acme </e2> , spoke . "
        per:employee_of(e1,e2)


        3	" <e1> Acme </e1> chief <e2> Bo Ek </e2> resigned . "
        org:top_members/employees(e1,e2)


        6	" She signed with <e2> </e2> <e1> Cy Po </e1> Records . "
        per:employee_of(e1,e2)

        """);
    List<Kbp37Reader.Example> examples = Kbp37Reader.employers().read(file);
    assertEquals(2, examples.size());
    assertEquals("Ann Lee", examples.get(0).person());
    assertEquals("Acme", examples.get(0).label());
    assertEquals("Bo Ek", examples.get(1).person());
    assertEquals("Acme", examples.get(1).label());
  }
}
