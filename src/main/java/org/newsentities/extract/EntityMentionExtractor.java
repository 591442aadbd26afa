package org.newsentities.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.Token;

/**
 * Turns token-level NER tags into mention spans: a maximal run of tokens with the same tag inside
 * one sentence is one mention. The span's text is cut from the article, so offsets always agree
 * with it. Possessive endings and stray punctuation at the edges are left out.
 */
public final class EntityMentionExtractor {

  public List<EntitySpan> extract(AnnotatedText annotated) {
    List<EntitySpan> spans = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        Optional<EntityType> type = EntityType.ofTag(tokens.get(i).ner());
        if (type.isEmpty()) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).ner().equals(tokens.get(i).ner())) {
          j++;
        }
        trimmed(annotated.text(), tokens, i, j, type.get(), sentence.index()).ifPresent(spans::add);
        i = j;
      }
    }
    return spans;
  }

  private static Optional<EntitySpan> trimmed(String text, List<Token> tokens, int from, int to,
      EntityType type, int sentence) {
    while (from < to && isEdgeJunk(tokens.get(from))) {
      from++;
    }
    while (to > from && isEdgeJunk(tokens.get(to - 1))) {
      to--;
    }
    if (from == to) {
      return Optional.empty();
    }
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    return Optional.of(new EntitySpan(type, text.substring(first.start(), last.end()),
        first.start(), last.end(), first.index(), last.index() + 1, sentence));
  }

  private static boolean isEdgeJunk(Token token) {
    String w = token.word();
    return w.equals("'s") || w.equals("'") || w.equals("\u2019s") || w.equals("POS")
        || "POS".equals(token.pos()) || !containsLetterOrDigit(w);
  }

  private static boolean containsLetterOrDigit(String w) {
    return w.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
