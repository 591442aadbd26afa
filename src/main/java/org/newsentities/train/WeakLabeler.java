package org.newsentities.train;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsentities.extract.topics.SubjectLexicon;

/**
 * Gives a training text one IPTC top-level subject, from its data set's own label refined by the
 * curated lexicon (so-called weak supervision; docs/TOPICS.md lists the mapping and its weak spots):
 *
 * <ul>
 *   <li>AG News: World → politics by default; Sports → sport; Business → economy; Sci/Tech →
 *       science and technology. A text of a class moves to another subject allowed for that class
 *       when the lexicon's evidence for it beats the default's evidence by {@link #MARGIN}, e.g. a
 *       World item about troops and insurgents becomes "conflict, war and peace".
 *   <li>Reuters-21578 with TOPICS: economy (all its TOPICS are economic), "jobs" → labour.
 *   <li>Texts without a label (Reuters without TOPICS, CoNLL-2003, TimeBank/AQUAINT, KBP37): the
 *       lexicon's strongest subject when it is clear ({@link #MIN_EVIDENCE}, and
 *       {@link #DOMINANCE} times the runner-up); otherwise the text is not used for training.
 * </ul>
 */
final class WeakLabeler {

  static final String ARTS = "medtop:01000000";
  static final String CRIME = "medtop:02000000";
  static final String DISASTER = "medtop:03000000";
  static final String ECONOMY = "medtop:04000000";
  static final String EDUCATION = "medtop:05000000";
  static final String ENVIRONMENT = "medtop:06000000";
  static final String HEALTH = "medtop:07000000";
  static final String HUMAN_INTEREST = "medtop:08000000";
  static final String LABOUR = "medtop:09000000";
  static final String LIFESTYLE = "medtop:10000000";
  static final String POLITICS = "medtop:11000000";
  static final String RELIGION = "medtop:12000000";
  static final String SCIENCE = "medtop:13000000";
  static final String SOCIETY = "medtop:14000000";
  static final String SPORT = "medtop:15000000";
  static final String CONFLICT = "medtop:16000000";
  static final String WEATHER = "medtop:17000000";

  static final double MARGIN = 2.0;
  static final double MIN_EVIDENCE = 5.0;
  static final double DOMINANCE = 1.6;

  /**
   * Per AG class: the default subject and the subjects the lexicon may move a text to, in order
   * (a list, not a set: on equal evidence the first wins, so every run labels alike).
   */
  private record Rule(String defaultCode, List<String> allowed) {}

  private static final Map<String, Rule> AG_RULES = Map.of(
      "World", new Rule(POLITICS, List.of(CONFLICT, CRIME, DISASTER, HEALTH, ENVIRONMENT, RELIGION,
          WEATHER, EDUCATION, SOCIETY, LABOUR, ARTS, HUMAN_INTEREST)),
      "Sports", new Rule(SPORT, List.of()),
      "Business", new Rule(ECONOMY, List.of(LABOUR)),
      "Sci/Tech", new Rule(SCIENCE, List.of(HEALTH, ENVIRONMENT, ARTS, LIFESTYLE, WEATHER, EDUCATION)));

  private final List<String> topCodes;

  WeakLabeler(List<String> topCodes) {
    this.topCodes = List.copyOf(topCodes);
  }

  Optional<String> label(TrainingDoc doc, SubjectLexicon.Evidence evidence) {
    return switch (doc.corpus()) {
      case "ag_news" -> Optional.of(refine(AG_RULES.get(doc.sourceLabels().get(0)), evidence));
      case "reuters21578" -> doc.sourceLabels().isEmpty()
          ? fromLexicon(evidence)
          : Optional.of(doc.sourceLabels().get(0).equals("jobs") ? LABOUR : ECONOMY);
      default -> fromLexicon(evidence);
    };
  }

  private static String refine(Rule rule, SubjectLexicon.Evidence evidence) {
    String best = rule.defaultCode();
    double bestScore = evidence.of(best) + MARGIN;
    for (String code : rule.allowed()) {
      if (evidence.of(code) > bestScore) {
        best = code;
        bestScore = evidence.of(code);
      }
    }
    return best;
  }

  private Optional<String> fromLexicon(SubjectLexicon.Evidence evidence) {
    String best = null;
    double first = 0;
    double second = 0;
    for (String code : topCodes) {
      double e = evidence.of(code);
      if (e > first) {
        second = first;
        first = e;
        best = code;
      } else if (e > second) {
        second = e;
      }
    }
    return first >= MIN_EVIDENCE && first >= DOMINANCE * second ? Optional.of(best) : Optional.empty();
  }
}
