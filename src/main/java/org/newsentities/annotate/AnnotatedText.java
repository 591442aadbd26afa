package org.newsentities.annotate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's text with sentences, tagged tokens and temporal expressions, in our own types, and
 * the time each annotator took on it ({@code stageNanos}: tokenize, tag, ner, time).
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<Token> tokens,
    List<TimexSpan> timexes, List<String> warnings, Map<String, Long> stageNanos) {

  public AnnotatedText {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    timexes = List.copyOf(timexes);
    warnings = List.copyOf(warnings);
    stageNanos = Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos));
  }

  /** Without timings, for annotations built by hand. */
  public AnnotatedText(String text, List<Sentence> sentences, List<Token> tokens,
      List<TimexSpan> timexes, List<String> warnings) {
    this(text, sentences, tokens, timexes, warnings, Map.of());
  }

  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }
}
