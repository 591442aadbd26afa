package org.newsentities.extract;

import java.util.List;
import java.util.Optional;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.config.TopicConfig;
import org.newsentities.extract.topics.KeyphraseExtractor;
import org.newsentities.extract.topics.TopicClassifier;
import org.newsentities.extract.topics.TopicResources;
import org.newsentities.model.Keyphrase;
import org.newsentities.model.Topic;

/**
 * Topics and keyphrases of an article. Topics come from the headline and text alone (no CoreNLP
 * tags, so they match what the model was trained on: see docs/TOPICS.md); keyphrases use the POS
 * tags and entity mentions. Immutable and thread-safe; its resources are loaded once per run.
 */
public final class TopicStage {

  /** The subject topics and keyphrases of one article. */
  public record Subjects(List<Topic> topics, List<Keyphrase> keyphrases) {}

  private final TopicClassifier classifier;
  private final KeyphraseExtractor keyphrases;

  public TopicStage(TopicResources resources) {
    this.classifier = resources.classifier();
    this.keyphrases = new KeyphraseExtractor(resources.stopWords(),
        resources.documentFrequencies(), resources.maxKeyphrases());
  }

  public static TopicStage load(TopicConfig config) {
    return new TopicStage(TopicResources.load(config));
  }

  public Subjects classify(AnnotatedText annotated, List<EntitySpan> spans) {
    return classify(Optional.empty(), annotated, spans);
  }

  public Subjects classify(Optional<String> headline, AnnotatedText annotated,
      List<EntitySpan> spans) {
    String text = headline.map(h -> h + "\n\n").orElse("") + annotated.text();
    return new Subjects(classifier.classify(text), keyphrases.extract(headline, annotated, spans));
  }
}
