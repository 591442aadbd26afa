package org.newsentities.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.annotate.Token;

/**
 * A model-free annotator for fast tests of everything around the NLP: tokens are runs of letters
 * or digits or single other characters, a sentence ends at '.', and two or more capitalized words
 * in a row are a PERSON. Marker words make it misbehave on purpose: {@code SLOWSLEEP} sleeps (it
 * stops when interrupted), {@code SPINFOREVER} spins ignoring interrupts until {@link #release()},
 * {@code THROWBOOM} throws.
 */
public final class FakeAnnotator implements TextAnnotator {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  private final AtomicInteger calls = new AtomicInteger();
  private volatile boolean released;

  public int calls() {
    return calls.get();
  }

  /** Lets spinning annotations end (call at the end of a test). */
  public void release() {
    released = true;
  }

  @Override
  public AnnotatedText annotate(String text, Optional<LocalDate> referenceDate) {
    calls.incrementAndGet();
    misbehave(text);
    List<Token> raw = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int sentence = 0;
    while (m.find()) {
      String w = m.group();
      raw.add(new Token(raw.size(), sentence, w, m.start(), m.end(),
          Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN", w.toLowerCase(), "O"));
      if (w.equals(".")) {
        sentence++;
      }
    }
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Token t = raw.get(i);
      boolean person = isName(t) && ((i > 0 && isName(raw.get(i - 1)) && raw.get(i - 1).sentence() == t.sentence())
          || (i + 1 < raw.size() && isName(raw.get(i + 1)) && raw.get(i + 1).sentence() == t.sentence()));
      tokens.add(person ? new Token(t.index(), t.sentence(), t.word(), t.start(), t.end(), t.pos(),
          t.lemma(), "PERSON") : t);
    }
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i == tokens.size() || (i > from && tokens.get(i).sentence() != tokens.get(from).sentence())) {
        if (i > from) {
          List<Token> part = tokens.subList(from, i);
          sentences.add(new Sentence(sentences.size(), part.get(0).start(),
              part.get(part.size() - 1).end(), part));
        }
        from = i;
      }
    }
    return new AnnotatedText(text, sentences, tokens, List.of(), List.of());
  }

  @Override
  public AnnotatedText retime(AnnotatedText annotated, LocalDate referenceDate) {
    return annotated;
  }

  private static boolean isName(Token t) {
    return t.word().length() > 1 && Character.isUpperCase(t.word().charAt(0))
        && t.word().chars().skip(1).allMatch(Character::isLowerCase);
  }

  private void misbehave(String text) {
    if (text.contains("THROWBOOM")) {
      throw new IllegalStateException("the annotator crashed on purpose");
    }
    if (text.contains("SLOWSLEEP")) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (text.contains("SPINFOREVER")) {
      long spins = 0;
      while (!released) {
        spins++;
        Thread.onSpinWait();
      }
      if (spins < 0) {
        throw new IllegalStateException();
      }
    }
  }
}
