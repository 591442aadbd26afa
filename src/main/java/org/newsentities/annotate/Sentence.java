package org.newsentities.annotate;

import java.util.List;

/** A sentence: its character span and its tokens (a view of the document's token list). */
public record Sentence(int index, int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
