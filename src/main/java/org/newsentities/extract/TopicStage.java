package org.newsentities.extract;

import java.util.List;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.model.Keyphrase;
import org.newsentities.model.Topic;

/** Topics and keyphrases of an article. Not implemented yet: both lists stay empty (issue 6). */
public final class TopicStage {

  /** The subject topics and keyphrases of one article. */
  public record Subjects(List<Topic> topics, List<Keyphrase> keyphrases) {}

  public Subjects classify(AnnotatedText annotated, List<EntitySpan> spans) {
    return new Subjects(List.of(), List.of());
  }
}
