package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsentities.eval.IobSpans.TypedSpan;

class IobSpansTest {

  @Test
  void iob1StartsANewEntityOnlyAtBOrATypeChange() {
    // "Phil Simmons , Leicestershire Somerset": B-ORG separates two adjacent organizations.
    List<TypedSpan> spans =
        IobSpans.decode(List.of("I-PER", "I-PER", "O", "I-ORG", "B-ORG", "I-LOC", "I-MISC"));
    assertEquals(List.of(new TypedSpan("PER", 0, 2), new TypedSpan("ORG", 3, 4),
        new TypedSpan("ORG", 4, 5), new TypedSpan("LOC", 5, 6), new TypedSpan("MISC", 6, 7)),
        spans);
  }

  @Test
  void iob2DecodesTheSame() {
    assertEquals(List.of(new TypedSpan("PER", 0, 2), new TypedSpan("LOC", 3, 4)),
        IobSpans.decode(List.of("B-PER", "I-PER", "O", "B-LOC")));
  }

  @Test
  void noEntitiesNoSpans() {
    assertEquals(List.of(), IobSpans.decode(List.of("O", "O")));
  }
}
