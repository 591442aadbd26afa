package org.newsentities.extract.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsentities.model.Topic;

/**
 * Ranks the subjects of a text. Top-level subjects come from the linear model: those whose
 * probability reaches {@code minScore} (at most {@code maxTopics}; the best one always). Under each
 * reported subject, a second-level subject is added when the curated lexicon has clear evidence for
 * it ({@link #SECOND_LEVEL_MIN_EVIDENCE}); its score is the parent's probability times the share of
 * the parent's lexicon evidence that points to it, so it always ranks below its parent; it is left
 * out under {@link #SECOND_LEVEL_MIN_SCORE}.
 */
public final class TopicClassifier {

  /** About two distinct strong cues, or one strong cue repeated three times. */
  static final double SECOND_LEVEL_MIN_EVIDENCE = 4.0;
  static final int MAX_SECOND_LEVEL_PER_PARENT = 2;
  /** A second-level subject whose score (see above) is lower is left out as noise. */
  static final double SECOND_LEVEL_MIN_SCORE = 0.1;

  private final LinearTopicModel model;
  private final Taxonomy taxonomy;
  private final TopicFeatureExtractor features;
  private final double minScore;
  private final int maxTopics;

  public TopicClassifier(LinearTopicModel model, Taxonomy taxonomy, TopicFeatureExtractor features,
      double minScore, int maxTopics) {
    for (String code : model.classes()) {
      taxonomy.require(code);
    }
    this.model = model;
    this.taxonomy = taxonomy;
    this.features = features;
    this.minScore = minScore;
    this.maxTopics = maxTopics;
  }

  public List<Topic> classify(String text) {
    TopicFeatureExtractor.Analysis analysis = features.analyse(text);
    double[] p = model.probabilities(features.features(analysis));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -p[i]));
    List<Topic> topics = new ArrayList<>();
    for (int rank = 0; rank < Math.min(maxTopics, order.size()); rank++) {
      int c = order.get(rank);
      if (rank > 0 && p[c] < minScore) {
        break;
      }
      Taxonomy.Subject subject = taxonomy.require(model.classes().get(c));
      topics.add(new Topic(subject.label(), subject.code(), round(p[c])));
      topics.addAll(secondLevel(subject, p[c], analysis.evidence()));
    }
    topics.sort(Comparator.comparingDouble((Topic t) -> -t.score()));
    return List.copyOf(topics);
  }

  private List<Topic> secondLevel(Taxonomy.Subject parent, double parentScore,
      SubjectLexicon.Evidence evidence) {
    double parentEvidence = evidence.of(parent.code());
    List<Topic> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : evidence.byCode().entrySet()) {
      Taxonomy.Subject s = taxonomy.require(e.getKey());
      if (s.parent().filter(parent.code()::equals).isPresent()
          && e.getValue() >= SECOND_LEVEL_MIN_EVIDENCE) {
        double score = parentScore * e.getValue() / parentEvidence;
        if (score >= SECOND_LEVEL_MIN_SCORE) {
          out.add(new Topic(s.label(), s.code(), round(score)));
        }
      }
    }
    out.sort(Comparator.comparingDouble((Topic t) -> -t.score()).thenComparing(Topic::code));
    return out.subList(0, Math.min(MAX_SECOND_LEVEL_PER_PARENT, out.size()));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
