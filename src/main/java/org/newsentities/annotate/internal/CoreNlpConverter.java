package org.newsentities.annotate.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.TimexSpan;
import org.newsentities.annotate.Token;

/** The only place where CoreNLP's types meet ours, in both directions. */
public final class CoreNlpConverter {

  private CoreNlpConverter() {}

  public static AnnotatedText toAnnotatedText(String text, Annotation annotation,
      List<String> warnings, Map<String, Long> stageNanos) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < coreSentences.size(); s++) {
      CoreMap cs = coreSentences.get(s);
      int first = tokens.size();
      for (CoreLabel label : cs.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(tokens.size(), s, label.word(), label.beginPosition(),
            label.endPosition(), orDefault(label.tag(), "X"), orDefault(label.lemma(), label.word()),
            coarseNer(label.ner())));
      }
      sentences.add(new Sentence(s, cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
          tokens.subList(first, tokens.size())));
    }
    return new AnnotatedText(text, sentences, tokens, timexes(text, annotation), warnings,
        stageNanos);
  }

  private static List<TimexSpan> timexes(String text, Annotation annotation) {
    List<CoreMap> found = annotation.get(TimeAnnotations.TimexAnnotations.class);
    if (found == null) {
      return List.of();
    }
    List<TimexSpan> result = new ArrayList<>();
    for (CoreMap cm : found) {
      Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
      int start = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null || start < 0 || end > text.length() || start >= end) {
        continue;
      }
      Integer tokenBegin = cm.get(CoreAnnotations.TokenBeginAnnotation.class);
      Integer tokenEnd = cm.get(CoreAnnotations.TokenEndAnnotation.class);
      String value = timex.value() != null ? timex.value() : timex.altVal();
      result.add(new TimexSpan(text.substring(start, end), start, end, timex.timexType(),
          Optional.ofNullable(value).filter(v -> !v.isBlank()),
          tokenBegin == null ? -1 : tokenBegin, tokenEnd == null ? -1 : tokenEnd));
    }
    return result;
  }

  /** Rebuilds a CoreNLP document from our tokens, so a later stage can re-run one annotator. */
  public static Annotation toAnnotation(AnnotatedText annotated) {
    Annotation annotation = new Annotation(annotated.text());
    List<CoreLabel> all = new ArrayList<>();
    List<CoreMap> sentences = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      List<CoreLabel> labels = new ArrayList<>();
      for (Token t : sentence.tokens()) {
        CoreLabel label = new CoreLabel();
        label.setWord(t.word());
        label.setValue(t.word());
        label.setOriginalText(annotated.text().substring(t.start(), t.end()));
        label.setBeginPosition(t.start());
        label.setEndPosition(t.end());
        label.setTag(t.pos());
        label.setLemma(t.lemma());
        label.setNER(t.ner());
        label.setIndex(labels.size() + 1);
        label.setSentIndex(sentence.index());
        labels.add(label);
      }
      CoreMap cs = new ArrayCoreMap();
      cs.set(CoreAnnotations.TokensAnnotation.class, labels);
      cs.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.start());
      cs.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.end());
      cs.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      cs.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + labels.size());
      cs.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.index());
      cs.set(CoreAnnotations.TextAnnotation.class,
          annotated.text().substring(sentence.start(), sentence.end()));
      all.addAll(labels);
      sentences.add(cs);
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    return annotation;
  }

  private static String coarseNer(String ner) {
    if (ner == null) {
      return "O";
    }
    return switch (ner) {
      case "PERSON", "ORGANIZATION", "LOCATION", "MISC" -> ner;
      // CoreNLP's default ner refines labels with its fine-grained regexner (not our
      // configuration); map them back the way CoNLL-2003 annotates the same words.
      case "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> "LOCATION";
      case "NATIONALITY", "RELIGION", "IDEOLOGY" -> "MISC";
      default -> "O";
    };
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
