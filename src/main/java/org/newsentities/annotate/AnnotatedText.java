package org.newsentities.annotate;

import java.util.List;

/** An article's text with sentences, tagged tokens and temporal expressions, in our own types. */
public record AnnotatedText(String text, List<Sentence> sentences, List<Token> tokens,
    List<TimexSpan> timexes, List<String> warnings) {

  public AnnotatedText {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    timexes = List.copyOf(timexes);
    warnings = List.copyOf(warnings);
  }

  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }
}
