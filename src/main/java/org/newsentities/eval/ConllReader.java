package org.newsentities.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files: one token a line with its tags in columns (the entity tag is the last
 * column), a blank line between sentences, {@code -DOCSTART-} lines between documents. Tokens
 * before the first {@code -DOCSTART-} form a document of their own (eng.testa begins that way).
 */
public final class ConllReader {

  /** One token and its entity tag ("I-PER", "B-LOC", "O"…). */
  public record ConllToken(String word, String tag) {}

  /** A document: its sentences of tokens, numbered from 1 in file order. */
  public record ConllDocument(int number, List<List<ConllToken>> sentences) {
    public ConllDocument {
      sentences = sentences.stream().map(List::copyOf).toList();
    }
  }

  public List<ConllDocument> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  List<ConllDocument> read(BufferedReader in, String name) throws IOException {
    List<ConllDocument> documents = new ArrayList<>();
    List<List<ConllToken>> sentences = new ArrayList<>();
    List<ConllToken> sentence = new ArrayList<>();
    String line;
    int lineNumber = 0;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        endSentence(sentences, sentence);
        sentence = new ArrayList<>();
      } else if (trimmed.startsWith("-DOCSTART-")) {
        endSentence(sentences, sentence);
        sentence = new ArrayList<>();
        endDocument(documents, sentences);
        sentences = new ArrayList<>();
      } else {
        String[] cols = trimmed.split("\\s+");
        if (cols.length < 2) {
          throw new IOException(name + ":" + lineNumber + ": expected 'token … tag', got: " + line);
        }
        sentence.add(new ConllToken(cols[0], cols[cols.length - 1]));
      }
    }
    endSentence(sentences, sentence);
    endDocument(documents, sentences);
    return documents;
  }

  private static void endSentence(List<List<ConllToken>> sentences, List<ConllToken> sentence) {
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
  }

  private static void endDocument(List<ConllDocument> documents, List<List<ConllToken>> sentences) {
    if (!sentences.isEmpty()) {
      documents.add(new ConllDocument(documents.size() + 1, sentences));
    }
  }
}
