package org.newsentities.extract.topics;

import java.util.ArrayList;
import java.util.List;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.Token;

/**
 * Builds an {@link AnnotatedText} from hand-tagged sentences, for tests without CoreNLP. Each
 * sentence is a line of {@code word/POS} or {@code word/POS/NER} items separated by spaces; an
 * item starting with {@code ~} is glued to the previous one (no space), as in "cease ~-/HYPH ~fire/NN".
 */
final class TaggedText {

  private TaggedText() {}

  static AnnotatedText of(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> out = new ArrayList<>();
    for (String line : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int sentenceStart = text.length();
      List<Token> sentenceTokens = new ArrayList<>();
      boolean first = true;
      for (String item : line.strip().split("\\s+")) {
        boolean glued = item.startsWith("~");
        String body = glued ? item.substring(1) : item;
        int slash = body.indexOf('/', 1);
        String word = body.substring(0, slash);
        String[] tags = body.substring(slash + 1).split("/");
        if (!first && !glued) {
          text.append(' ');
        }
        first = false;
        int start = text.length();
        text.append(word);
        Token t = new Token(tokens.size(), out.size(), word, start, text.length(), tags[0],
            word.toLowerCase(), tags.length > 1 ? tags[1] : "O");
        tokens.add(t);
        sentenceTokens.add(t);
      }
      out.add(new Sentence(out.size(), sentenceStart, text.length(), sentenceTokens));
    }
    return new AnnotatedText(text.toString(), out, tokens, List.of(), List.of());
  }
}
