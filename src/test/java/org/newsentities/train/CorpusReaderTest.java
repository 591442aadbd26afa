package org.newsentities.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusReaderTest {

  @Test
  void readsQuotedCsvFieldsWithEscapedQuotes() {
    assertEquals(List.of("3", "Fears for \"T N\" pension", "Unions, workers"),
        CorpusReader.csvFields("\"3\",\"Fears for \"\"T N\"\" pension\",\"Unions, workers\""));
  }

  @Test
  void cleansAgNewsEscapes() {
    assertEquals("Pakistan's $10 million deal", CorpusReader.cleanAg("Pakistan #39;s #36;10 million &lt;b&gt;deal"));
  }
}
