package org.newsentities.extract.topics;

import org.newsentities.config.TopicConfig;

/**
 * Everything the topic stage loads, loaded once per run from a {@link TopicConfig}: the model,
 * taxonomy, lexicon, stop words and document frequencies. Immutable, shared by all threads.
 */
public record TopicResources(TopicClassifier classifier, StopWords stopWords,
    DocumentFrequencies documentFrequencies, int maxKeyphrases) {

  public static TopicResources load(TopicConfig config) {
    Taxonomy taxonomy = Taxonomy.load(config.taxonomy());
    SubjectLexicon lexicon = SubjectLexicon.load(config.lexicon(), taxonomy);
    StopWords stopWords = StopWords.load(config.stopWords());
    LinearTopicModel model = LinearTopicModel.load(config.model());
    TopicFeatureExtractor features = new TopicFeatureExtractor(stopWords, lexicon, model.classes());
    TopicClassifier classifier =
        new TopicClassifier(model, taxonomy, features, config.minScore(), config.maxTopics());
    return new TopicResources(classifier, stopWords,
        DocumentFrequencies.load(config.documentFrequencies()), config.maxKeyphrases());
  }
}
