package org.newsentities.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsentities.eval.ConllReader.ConllDocument;
import org.newsentities.eval.ConllReader.ConllToken;
import org.newsentities.eval.IobSpans.TypedSpan;

/**
 * A CoNLL document as an article text: tokens joined by single spaces, sentences separated by a
 * blank line (which our sentence splitter always treats as a boundary), with the character span of
 * every token so predicted mentions can be mapped back to token spans.
 */
final class ConllText {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final List<TypedSpan> gold;

  private ConllText(String text, int[] starts, int[] ends, List<TypedSpan> gold) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.gold = List.copyOf(gold);
  }

  static ConllText of(ConllDocument document) {
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    List<TypedSpan> gold = new ArrayList<>();
    for (List<ConllToken> sentence : document.sentences()) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int first = starts.size();
      for (ConllToken token : sentence) {
        if (starts.size() > first) {
          text.append(' ');
        }
        starts.add(text.length());
        text.append(token.word());
        ends.add(text.length());
      }
      // Spans are decoded per sentence: an entity never crosses a sentence boundary.
      for (TypedSpan span : IobSpans.decode(sentence.stream().map(ConllToken::tag).toList())) {
        gold.add(new TypedSpan(span.type(), span.begin() + first, span.end() + first));
      }
    }
    return new ConllText(text.toString(), toArray(starts), toArray(ends), gold);
  }

  String text() {
    return text;
  }

  List<TypedSpan> gold() {
    return gold;
  }

  int tokens() {
    return starts.length;
  }

  /**
   * The token span [begin, end) whose characters are exactly [start, end), if the mention starts
   * and ends on token boundaries; a mention cutting a CoNLL token (the tokenizer split it) has
   * none and can only be a false positive.
   */
  Optional<int[]> tokenSpan(int start, int end) {
    int begin = Arrays.binarySearch(starts, start);
    int last = Arrays.binarySearch(ends, end);
    if (begin < 0 || last < 0 || last < begin) {
      return Optional.empty();
    }
    return Optional.of(new int[] {begin, last + 1});
  }

  /** The text around a token span, for error listings. */
  String context(int begin, int end) {
    return Contexts.around(text, starts[begin], ends[end - 1]);
  }

  String spanText(int begin, int end) {
    return text.substring(starts[begin], ends[end - 1]);
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
