package org.newsentities.extract.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsentities.config.Resources;

/**
 * The curated subject lexicon: phrases that signal a subject, with a weight. Phrases are matched on
 * normalized words ({@link TopicTokenizer#lemmas}), longest match first, so "peace talks" counts once
 * for the peace process and not again for the bare "talks". A second-level subject's evidence also
 * counts for its top-level parent.
 */
public final class SubjectLexicon {

  private record Entry(String[] words, String code, double weight) {}

  /** Evidence per subject code (top-level and second-level), and the phrases that matched. */
  public record Evidence(Map<String, Double> byCode, Map<String, Integer> matchedTerms) {
    public double of(String code) {
      return byCode.getOrDefault(code, 0.0);
    }
  }

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private final Taxonomy taxonomy;

  private SubjectLexicon(List<Entry> entries, Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    for (Entry e : entries) {
      byFirstWord.computeIfAbsent(e.words()[0], k -> new ArrayList<>()).add(e);
    }
    // longest phrases first, so the first match at a position is the longest one
    byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
  }

  /** Reads {@code phrase<TAB>code<TAB>weight} lines; every code must be in {@code taxonomy}. */
  public static SubjectLexicon load(String location, Taxonomy taxonomy) {
    return parse(Resources.lines(location), location, taxonomy);
  }

  static SubjectLexicon parse(List<String> lines, String origin, Taxonomy taxonomy) {
    List<Entry> entries = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalArgumentException(origin + ": expected phrase<TAB>code<TAB>weight: " + line);
      }
      taxonomy.require(cols[1].strip());
      List<String> words = TopicTokenizer.lemmas(cols[0]);
      if (words.isEmpty()) {
        continue;
      }
      entries.add(new Entry(words.toArray(String[]::new), cols[1].strip(),
          Double.parseDouble(cols[2].strip())));
    }
    return new SubjectLexicon(entries, taxonomy);
  }

  /**
   * The evidence in a text given as normalized words. A phrase seen {@code n} times adds
   * {@code weight * (1 + ln n)}: repetition counts, but less than variety.
   */
  public Evidence evidence(List<String> lemmas) {
    Map<Entry, Integer> counts = new LinkedHashMap<>();
    int i = 0;
    while (i < lemmas.size()) {
      List<Entry> candidates = byFirstWord.get(lemmas.get(i));
      int matched = 0;
      if (candidates != null) {
        for (Entry e : candidates) {
          if (matchesAt(lemmas, i, e.words())) {
            matched = e.words().length;
            // one phrase may carry several codes: count every entry with the same words
            for (Entry same : candidates) {
              if (same.words().length == matched && matchesAt(lemmas, i, same.words())) {
                counts.merge(same, 1, Integer::sum);
              }
            }
            break;
          }
        }
      }
      i += Math.max(1, matched);
    }
    Map<String, Double> byCode = new HashMap<>();
    Map<String, Integer> terms = new LinkedHashMap<>();
    counts.forEach((e, n) -> {
      double v = e.weight() * (1 + Math.log(n));
      byCode.merge(e.code(), v, Double::sum);
      String top = taxonomy.topLevelOf(e.code());
      if (!top.equals(e.code())) {
        byCode.merge(top, v, Double::sum);
      }
      terms.merge(String.join(" ", e.words()), n, Math::max);
    });
    return new Evidence(byCode, terms);
  }

  private static boolean matchesAt(List<String> lemmas, int at, String[] words) {
    if (at + words.length > lemmas.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!lemmas.get(at + k).equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
