package org.newsentities.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity spans from IOB tags, IOB1 (CoNLL-2003: {@code B-} only between two adjacent entities of
 * one type) and IOB2 ({@code B-} at every start) alike: an entity starts at a {@code B-X} tag or
 * at an {@code I-X} that does not continue an X, and runs while {@code I-X} follows.
 */
final class IobSpans {

  /** An entity of {@code type} ("PER", "ORG", "LOC", "MISC") over tokens [begin, end). */
  record TypedSpan(String type, int begin, int end) {}

  private IobSpans() {}

  static List<TypedSpan> decode(List<String> tags) {
    List<TypedSpan> spans = new ArrayList<>();
    String type = null;
    int begin = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "";
      String tagType = prefix.isEmpty() ? null : tag.substring(2);
      boolean continues = prefix.equals("I") && tagType.equals(type);
      if (type != null && !continues) {
        spans.add(new TypedSpan(type, begin, i));
        type = null;
      }
      if (tagType != null && !continues) {
        type = tagType;
        begin = i;
      }
    }
    return spans;
  }
}
