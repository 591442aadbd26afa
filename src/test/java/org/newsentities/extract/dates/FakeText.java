package org.newsentities.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.TimexSpan;
import org.newsentities.annotate.Token;

/**
 * Builds an {@link AnnotatedText} without CoreNLP: tokens written as {@code word/TAG}, joined by
 * single spaces, a sentence ending at every {@code ./.}; time-tagger expressions added by their
 * text, as SUTime would report them.
 */
final class FakeText {

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<TimexSpan> timexes = new ArrayList<>();

  private FakeText(String tagged) {
    StringBuilder sb = new StringBuilder();
    int sentence = 0;
    int sentenceStart = 0;
    int firstToken = 0;
    String[] parts = tagged.trim().split(" ");
    for (int i = 0; i < parts.length; i++) {
      int slash = parts[i].lastIndexOf('/');
      String word = parts[i].substring(0, slash);
      String tag = parts[i].substring(slash + 1);
      if (sb.length() > 0) {
        sb.append(' ');
      }
      int start = sb.length();
      sb.append(word);
      tokens.add(new Token(tokens.size(), sentence, word, start, sb.length(), tag, lemma(word),
          tag.equals("NNP") && word.equals("Jan") ? "PERSON" : "O"));
      if (word.equals(".") || i == parts.length - 1) {
        sentences.add(new Sentence(sentence, sentenceStart, sb.length(),
            tokens.subList(firstToken, tokens.size())));
        sentence++;
        sentenceStart = sb.length() + 1;
        firstToken = tokens.size();
      }
    }
    this.text = sb.toString();
  }

  static FakeText of(String tagged) {
    return new FakeText(tagged);
  }

  /** A tagger expression: the first occurrence of {@code expression} after {@code from}. */
  FakeText timex(String expression, String type, String value) {
    int from = timexes.isEmpty() ? 0 : timexes.get(timexes.size() - 1).end();
    int start = text.indexOf(expression, from);
    if (start < 0) {
      throw new IllegalArgumentException("not in the text: " + expression);
    }
    timexes.add(new TimexSpan(expression, start, start + expression.length(), type,
        Optional.ofNullable(value), -1, -1));
    return this;
  }

  AnnotatedText build() {
    return new AnnotatedText(text, sentences, tokens, timexes, List.of());
  }

  private static String lemma(String word) {
    return switch (word.toLowerCase()) {
      case "is", "was", "are", "were", "be", "been" -> "be";
      case "has", "had", "have" -> "have";
      case "scheduled" -> "schedule";
      case "postponed" -> "postpone";
      default -> word.toLowerCase();
    };
  }
}
