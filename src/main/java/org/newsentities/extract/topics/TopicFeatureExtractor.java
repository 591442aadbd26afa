package org.newsentities.extract.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of a text for the topic model, computed the same way by the trainer and at run
 * time: normalized content words ({@code w:}) and adjacent pairs of them ({@code b:}), weighted
 * 1 + ln(count) and scaled to unit length so short wire items and long articles look alike; plus,
 * per top-level subject, the curated lexicon's evidence ({@code lex:} and {@code lexshare:}),
 * which lets the model use subjects the training sets hardly cover.
 */
public final class TopicFeatureExtractor {

  private final StopWords stopWords;
  private final SubjectLexicon lexicon;
  private final List<String> topCodes;

  public TopicFeatureExtractor(StopWords stopWords, SubjectLexicon lexicon, List<String> topCodes) {
    this.stopWords = stopWords;
    this.lexicon = lexicon;
    this.topCodes = List.copyOf(topCodes);
  }

  /** The analysed text: its words, normalized words and lexicon evidence. */
  public record Analysis(List<String> words, List<String> lemmas, SubjectLexicon.Evidence evidence) {}

  public Analysis analyse(String text) {
    List<String> words = TopicTokenizer.words(text);
    List<String> lemmas = words.stream().map(LightLemmatizer::lemma).toList();
    return new Analysis(words, lemmas, lexicon.evidence(lemmas));
  }

  public Map<String, Double> features(String text) {
    return features(analyse(text));
  }

  public Map<String, Double> features(Analysis a) {
    Map<String, Double> counts = new HashMap<>();
    String previous = null;
    for (int i = 0; i < a.words().size(); i++) {
      String word = a.words().get(i);
      if (!stopWords.isContent(word)) {
        previous = null;
        continue;
      }
      String lemma = a.lemmas().get(i);
      counts.merge("w:" + lemma, 1.0, Double::sum);
      if (previous != null) {
        counts.merge("b:" + previous + "_" + lemma, 1.0, Double::sum);
      }
      previous = lemma;
    }
    Map<String, Double> features = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      double v = 1 + Math.log(e.getValue());
      features.put(e.getKey(), v);
      norm += v * v;
    }
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      features.replaceAll((k, v) -> v * scale);
    }
    double total = 0;
    for (String code : topCodes) {
      total += a.evidence().of(code);
    }
    for (String code : topCodes) {
      double e = a.evidence().of(code);
      if (e > 0) {
        features.put("lex:" + code, Math.log1p(e) / 2);
        features.put("lexshare:" + code, e / (total + 2));
      }
    }
    return features;
  }
}
