package org.newsentities.config;

/**
 * What the topic and keyphrase stage loads, and how much it reports. Every path is a file or a
 * classpath resource ({@link Resources}), so a user can swap in another model or taxonomy.
 *
 * @param model the trained linear model (scripts/train-topics.sh writes it)
 * @param taxonomy subject codes, labels and parents; the model's classes must be in it
 * @param lexicon curated phrase → subject evidence (model features and second-level subjects)
 * @param stopWords words that are never features or keyphrase words
 * @param documentFrequencies background document frequencies for keyphrase scoring
 * @param minScore a top-level subject is reported when its probability reaches this (the best
 *     subject is always reported)
 * @param maxTopics at most this many top-level subjects
 * @param maxKeyphrases at most this many keyphrases (fewer when the text has fewer candidates)
 */
public record TopicConfig(String model, String taxonomy, String lexicon, String stopWords,
    String documentFrequencies, double minScore, int maxTopics, int maxKeyphrases) {

  public TopicConfig {
    if (minScore < 0 || minScore > 1) {
      throw new IllegalArgumentException("topics.minScore must be in [0,1], got " + minScore);
    }
    if (maxTopics < 1 || maxKeyphrases < 1) {
      throw new IllegalArgumentException("topics.maxTopics and topics.maxKeyphrases must be at least 1");
    }
  }

  public static TopicConfig defaults() {
    return new TopicConfig("models/topics/model.tsv.gz", "models/topics/iptc-mediatopics.tsv",
        "models/topics/lexicon.tsv", "models/topics/stopwords.txt",
        "models/topics/docfreq.tsv.gz", 0.2, 3, 10);
  }
}
