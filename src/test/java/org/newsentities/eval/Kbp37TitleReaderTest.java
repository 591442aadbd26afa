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

class Kbp37TitleReaderTest {

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
    List<Kbp37TitleReader.Example> examples = new Kbp37TitleReader().read(file);
    assertEquals(2, examples.size());
    Kbp37TitleReader.Example first = examples.get(0);
    assertEquals("Norway 's finance minister Kari Nordby said on Friday .", first.sentence());
    assertEquals("Kari Nordby", first.person());
    assertEquals("finance minister", first.title());
    assertEquals("finance minister",
        first.sentence().substring(first.titleStart(), first.titleEnd()));
    assertTrue(first.develop());
    Kbp37TitleReader.Example second = examples.get(1);
    assertEquals("Tom Hale", second.person());
    assertEquals("Coach", second.title());
    assertEquals(0, second.titleStart());
    assertFalse(second.develop());
  }
}
