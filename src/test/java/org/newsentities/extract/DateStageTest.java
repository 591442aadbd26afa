package org.newsentities.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.annotate.TimexSpan;
import org.newsentities.annotate.Token;
import org.newsentities.config.DateNormalization;
import org.newsentities.model.DateExpr;
import org.newsentities.model.DocumentDateSource;

/** Where the document date comes from, with a fake time tagger that records re-timing. */
class DateStageTest {

  private static final String TEXT = "The talks will begin on Monday , on 6-7 March 2023 .";

  private static AnnotatedText annotated(Optional<String> mondayValue) {
    List<Token> tokens = new ArrayList<>();
    String[][] words = {{"The", "DT"}, {"talks", "NNS"}, {"will", "MD"}, {"begin", "VB"},
        {"on", "IN"}, {"Monday", "NNP"}, {",", ","}, {"on", "IN"}, {"6-7", "CD"},
        {"March", "NNP"}, {"2023", "CD"}, {".", "."}};
    int offset = 0;
    for (String[] w : words) {
      int start = TEXT.indexOf(w[0], offset);
      tokens.add(new Token(tokens.size(), 0, w[0], start, start + w[0].length(), w[1],
          w[0].toLowerCase(), "O"));
      offset = start + w[0].length();
    }
    int monday = TEXT.indexOf("Monday");
    int march = TEXT.indexOf("7 March 2023");
    return new AnnotatedText(TEXT, List.of(new Sentence(0, 0, TEXT.length(), tokens)), tokens,
        List.of(new TimexSpan("Monday", monday, monday + 6, "DATE", mondayValue, 5, 6),
            new TimexSpan("7 March 2023", march, march + 12, "DATE", Optional.of("2023-03-07"),
                8, 11)), List.of());
  }

  /** Re-timing gives Monday the value SUTime would give against the new reference date. */
  private static final class RecordingAnnotator implements TextAnnotator {
    final List<LocalDate> retimedWith = new ArrayList<>();

    @Override
    public AnnotatedText annotate(String text, Optional<LocalDate> referenceDate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AnnotatedText retime(AnnotatedText annotated, LocalDate referenceDate) {
      retimedWith.add(referenceDate);
      return annotated(Optional.of("2023-03-06"));
    }
  }

  @Test
  void aGivenDateWinsAndNothingIsRetimed() {
    RecordingAnnotator annotator = new RecordingAnnotator();
    DocumentDating dating = new DateStage(annotator, DateNormalization.PIPELINE).date(
        annotated(Optional.of("2023-03-06")), Optional.of(LocalDate.of(2023, 3, 2)),
        DocumentDateSource.HEADER);
    assertEquals(DocumentDateSource.HEADER, dating.source());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 2)), dating.documentDate());
    assertTrue(annotator.retimedWith.isEmpty());
  }

  @Test
  void withoutAGivenDateTheTextDatesTheArticle() {
    RecordingAnnotator annotator = new RecordingAnnotator();
    DocumentDating dating = new DateStage(annotator, DateNormalization.PIPELINE).date(
        annotated(Optional.of("XXXX-WXX-1")), Optional.empty(), DocumentDateSource.NONE);
    assertEquals(DocumentDateSource.TEXT, dating.source());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 5)), dating.documentDate());
    assertEquals(List.of(LocalDate.of(2023, 3, 5)), annotator.retimedWith);
    DateExpr monday = dating.dates().get(0);
    assertEquals("Monday", monday.text());
    assertEquals(Optional.of("2023-03-06"), monday.value());
  }

  @Test
  void sutimeAloneKeepsItsValuesAndInfersNothing() {
    RecordingAnnotator annotator = new RecordingAnnotator();
    DocumentDating dating = new DateStage(annotator, DateNormalization.SUTIME).date(
        annotated(Optional.of("XXXX-WXX-1")), Optional.empty(), DocumentDateSource.NONE);
    assertEquals(DocumentDateSource.NONE, dating.source());
    assertEquals(Optional.of("XXXX-WXX-1"), dating.dates().get(0).value());
    assertEquals("7 March 2023", dating.dates().get(1).text());
  }
}
