package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsentities.eval.TimeMlDocument.GoldTimex;

class TimeMlReaderTest {

  private static final String TML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>wsj_0001</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>
      <TITLE>Not text</TITLE>
      <TEXT>
      AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1989-10-25">yesterday</TIMEX3> that profit rose in <TIMEX3 tid="t2" type="DATE" value="1989-Q3">the third quarter</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  private static TimeMlDocument read(String xml) throws IOException {
    return TimeMlReader.read("wsj_0001",
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void dctIsTheDocumentDateAndOffsetsIndexThePlainText() throws IOException {
    TimeMlDocument doc = read(TML);
    assertEquals(LocalDate.of(1989, 10, 26), doc.creationDate());
    assertEquals("\nAT&T said yesterday that profit rose in the third quarter.\n", doc.text());
    assertEquals(2, doc.timexes().size());
    for (GoldTimex t : doc.timexes()) {
      assertEquals(t.text(), doc.text().substring(t.start(), t.end()));
    }
    GoldTimex quarter = doc.timexes().get(1);
    assertEquals("the third quarter", quarter.text());
    assertEquals("DATE", quarter.type());
    assertEquals("1989-Q3", quarter.value());
  }

  @Test
  void aFileWithoutDctIsRefusedWithItsName() {
    String noDct = TML.replaceAll("(?s)<DCT>.*?</DCT>", "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(noDct));
    assertEquals("wsj_0001: no <DCT> date", e.getMessage());
  }

  @Test
  void brokenXmlIsAnIoError() {
    assertThrows(IOException.class, () -> read("<TimeML><TEXT>unclosed"));
  }
}
