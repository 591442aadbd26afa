package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * A title given by a verb to "he" or "she": "He became chief operating officer and president in
 * 2002", "he has also become chairman of the British Council". The pronoun stands for the name
 * that starts its sentence or the one before; else for the person the article is about (a
 * biography's "he"); else for the person named last in the sentences before. Made per article,
 * since it needs the whole article's names.
 */
final class PronounPattern implements TitlePattern {

  private static final Set<String> PRONOUNS = Set.of("he", "she");
  private static final int WINDOW = 3;

  private final List<TaggedSentence> sentences;
  private final Map<Integer, String> personAt;
  private final Optional<String> topic;

  /**
   * @param personAt the person id of every person mention, by start offset
   * @param mentionCounts how many mentions each person id has
   */
  PronounPattern(List<TaggedSentence> sentences, Map<Integer, String> personAt,
      Map<String, Integer> mentionCounts) {
    this.sentences = sentences;
    this.personAt = personAt;
    this.topic = topic(mentionCounts);
  }

  /** The person the article is about: three mentions or more, and more than anyone else. */
  private static Optional<String> topic(Map<String, Integer> counts) {
    return Counts.dominant(counts, 3);
  }

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (int k = 0; k < s.size(); k++) {
      if (!PRONOUNS.contains(s.lower(k))) {
        continue; // "he" and "she" are always subjects
      }
      int pronoun = k;
      Optional<CopularPattern.Bridged> bridged =
          CopularPattern.bridge(s, k + 1, phrases, taken, false);
      if (bridged.isPresent()) {
        antecedent(s.index(), s.token(pronoun).start()).ifPresent(person ->
            CopularPattern.addCoordinated(s, phrases, taken, person, bridged.get(), links,
                TitleLink.Pattern.PRONOUN));
      }
    }
    return links;
  }

  /**
   * The subject of this or the previous sentence when a name starts it; else the person the
   * article is about; else the most mentioned person of the last sentences.
   */
  private Optional<EntitySpan> antecedent(int sentence, int before) {
    for (int i = sentence; i >= Math.max(0, sentence - 1); i--) {
      Optional<EntitySpan> subject = subject(sentences.get(i));
      if (subject.isPresent() && subject.get().start() < before) {
        return subject;
      }
    }
    List<EntitySpan> window = new ArrayList<>();
    for (int i = sentence; i >= 0; i--) {
      for (EntitySpan span : sentences.get(i).spans()) {
        if (span.type() == EntityType.PERSON && span.start() < before
            && (i >= sentence - WINDOW || topic.isPresent() && topic.get().equals(personAt.get(span.start())))) {
          window.add(span);
        }
      }
    }
    Optional<EntitySpan> topical = window.stream()
        .filter(span -> topic.isPresent() && topic.get().equals(personAt.get(span.start())))
        .max((a, b) -> Integer.compare(a.start(), b.start()));
    return topical.or(() -> window.stream().filter(span -> span.sentence() >= sentence - WINDOW)
        .max((a, b) -> Integer.compare(a.start(), b.start())));
  }

  /** A name at the start of a sentence, after "Mr" or an opening adverbial at most. */
  private static Optional<EntitySpan> subject(TaggedSentence s) {
    for (int k = 0; k < Math.min(s.size(), 3); k++) {
      Optional<EntitySpan> person = s.spanStartingAt(k, EntityType.PERSON);
      if (person.isPresent()) {
        return person;
      }
      if (!HONORIFICS.contains(s.lower(k)) && !s.lower(k).equals("the")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
