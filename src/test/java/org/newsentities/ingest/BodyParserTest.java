package org.newsentities.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyParserTest {

  @Test
  void dateHeaderOnTheSameLineAsTheBodyIsRemovedAndTheDatelineKept() {
    BodyParser.ParsedBody body =
        BodyParser.parse(" date 2023-03-08 ISLAMABAD: Pakistan and the United States have", true);
    assertEquals(Optional.of(LocalDate.of(2023, 3, 8)), body.headerDate());
    assertEquals("ISLAMABAD: Pakistan and the United States have", body.text());
    assertEquals(Optional.of("ISLAMABAD"), body.dateline());
  }

  @Test
  void dateHeaderOnItsOwnLineWithColon() {
    BodyParser.ParsedBody body = BodyParser.parse("date: 2021-12-31\nThe minister said.", true);
    assertEquals(Optional.of(LocalDate.of(2021, 12, 31)), body.headerDate());
    assertEquals("The minister said.", body.text());
    assertEquals(Optional.empty(), body.dateline());
  }

  @Test
  void headerIsOnlyAHeaderInTxtFiles() {
    BodyParser.ParsedBody body = BodyParser.parse("date 2023-03-08 was chosen.", false);
    assertEquals(Optional.empty(), body.headerDate());
    assertEquals("date 2023-03-08 was chosen.", body.text());
  }

  @Test
  void impossibleDateIsNotAHeader() {
    BodyParser.ParsedBody body = BodyParser.parse("date 2023-02-30 Text.", true);
    assertTrue(body.headerDate().isEmpty());
    assertEquals("date 2023-02-30 Text.", body.text());
  }

  @Test
  void agencyDatelines() {
    assertEquals(Optional.of("WASHINGTON"), BodyParser.dateline("WASHINGTON (Reuters) - The Fed"));
    assertEquals(Optional.of("NEW YORK"), BodyParser.dateline("NEW YORK, March 3 (AP) \u2014 Stocks"));
    assertEquals(Optional.of("LONDON"), BodyParser.dateline("LONDON: Britain said"));
  }

  @Test
  void ordinarySentencesHaveNoDateline() {
    assertEquals(Optional.empty(), BodyParser.dateline("Officials: the talks went well."));
    assertEquals(Optional.empty(), BodyParser.dateline("The US - and Pakistan - agreed."));
    assertEquals(Optional.empty(), BodyParser.dateline("A two-day dialogue will begin."));
  }
}
