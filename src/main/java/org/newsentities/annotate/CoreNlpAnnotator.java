package org.newsentities.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.newsentities.annotate.internal.CoreNlpConverter;
import org.newsentities.annotate.internal.TimeTriggers;
import org.newsentities.annotate.internal.SentenceFallback;
import org.newsentities.config.AnnotatorConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one adapter to Stanford CoreNLP. Small CoreNLP pipelines run in turn: tokenize+ssplit,
 * pos+lemma, ner (the 4-class CoNLL CRF only: no fine-grained regexner, no numeric classifiers),
 * then SUTime as a {@link TimeAnnotator} of its own so dates can be re-anchored without re-tagging.
 * If tagging a document throws, it is retried sentence by sentence and only the failing sentences
 * lose their tags. Thread-safe: CoreNLP annotators hold no per-document state.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

  /** sentences per SUTime call: a few milliseconds between interrupt checks */
  private static final int TIME_SLICE = 32;
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);

  private final StanfordCoreNLP tokenizer;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP recognizer;
  private final TimeAnnotator timeTagger;
  private final Optional<TimeTriggers> triggers;

  public CoreNlpAnnotator(AnnotatorConfig config) {
    long t0 = System.nanoTime();
    this.tokenizer = new StanfordCoreNLP(tokenizerProperties(), false);
    this.tagger = new StanfordCoreNLP(taggerProperties(config), false);
    this.recognizer = new StanfordCoreNLP(nerProperties(config), false);
    this.timeTagger = new TimeAnnotator("sutime", timeProperties());
    this.triggers = config.timeSentenceFilter()
        ? Optional.of(TimeTriggers.load(TimeTriggers.DEFAULT_LEXICON)) : Optional.empty();
    LOG.info("CoreNLP loaded in {} ms (ner model {})", (System.nanoTime() - t0) / 1_000_000,
        config.nerModel());
  }

  static Properties tokenizerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    // A blank line always ends a sentence; single newlines may be hard wraps inside one.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return p;
  }

  static Properties taggerProperties(AnnotatorConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "pos,lemma");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("pos.model", config.posModel());
    p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens()));
    return p;
  }

  static Properties nerProperties(AnnotatorConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
    if (config.usesCoreNlpDefaultNer()) {
      // Everything else at CoreNLP's defaults; its fine-grained labels are mapped back to
      // PERSON/ORGANIZATION/LOCATION/MISC by the converter.
      return p;
    }
    p.setProperty("ner.model", config.nerModel());
    // The default ner annotator adds three CRFs, numeric classifiers, SUTime and ~30k fine-grained
    // regexner rules; we need only PER/ORG/LOC(/MISC). See docs/PERFORMANCE.md for the measurement.
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  static Properties timeProperties() {
    Properties p = new Properties();
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "true");
    // Holiday binders pull in jollyday's calendars; news dates rarely need them.
    p.setProperty("sutime.binders", "0");
    return p;
  }

  @Override
  public AnnotatedText annotate(String text, Optional<LocalDate> referenceDate) {
    Map<String, Long> nanos = new LinkedHashMap<>();
    Annotation annotation = new Annotation(text);
    long t = System.nanoTime();
    tokenizer.annotate(annotation);
    t = lap(nanos, "tokenize", t);
    List<String> warnings = new ArrayList<>();
    runWithFallback(tagger, annotation, warnings);
    t = lap(nanos, "tag", t);
    runWithFallback(recognizer, annotation, warnings);
    t = lap(nanos, "ner", t);
    tagTimes(annotation, referenceDate, warnings);
    lap(nanos, "time", t);
    return CoreNlpConverter.toAnnotatedText(text, annotation, warnings, nanos);
  }

  @Override
  public AnnotatedText retime(AnnotatedText annotated, LocalDate referenceDate) {
    Map<String, Long> nanos = new LinkedHashMap<>(annotated.stageNanos());
    long t = System.nanoTime();
    Annotation annotation = CoreNlpConverter.toAnnotation(annotated);
    List<String> warnings = new ArrayList<>(annotated.warnings());
    tagTimes(annotation, Optional.of(referenceDate), warnings);
    lap(nanos, "time", t);
    return CoreNlpConverter.toAnnotatedText(annotated.text(), annotation, warnings, nanos);
  }

  /** Runs a tagging pipeline on the document; if it throws, sentence by sentence. */
  private static void runWithFallback(StanfordCoreNLP pipeline, Annotation annotation,
      List<String> warnings) {
    try {
      pipeline.annotate(annotation);
    } catch (RuntimeInterruptedException e) {
      throw e; // the article's time is up (TimeLimitedPipeline): no retry
    } catch (RuntimeException e) {
      warnings.addAll(SentenceFallback.tagSentenceBySentence(pipeline, annotation, e));
    }
  }

  private static long lap(Map<String, Long> nanos, String stage, long since) {
    long now = System.nanoTime();
    nanos.merge(stage, now - since, Long::sum);
    return now;
  }

  private void tagTimes(Annotation annotation, Optional<LocalDate> referenceDate,
      List<String> warnings) {
    referenceDate.ifPresent(
        d -> annotation.set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class,
            d.toString()));
    List<CoreMap> all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    // SUTime scans every sentence with hundreds of token patterns; it only sees the sentences
    // that hold a word that can make a temporal expression (see TimeTriggers).
    List<CoreMap> candidates = triggers.isPresent() ? triggers.get().candidates(all) : all;
    try {
      // In slices, checking for an interrupt in between: SUTime itself does not check often
      // enough for TimeLimitedPipeline to stop a worker on a long article.
      List<CoreMap> timexes = new ArrayList<>();
      for (int from = 0; from < candidates.size(); from += TIME_SLICE) {
        if (Thread.interrupted()) {
          throw new RuntimeInterruptedException();
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class,
            candidates.subList(from, Math.min(candidates.size(), from + TIME_SLICE)));
        timeTagger.annotate(annotation);
        List<CoreMap> found = annotation.get(TimeAnnotations.TimexAnnotations.class);
        timexes.addAll(found == null ? List.of() : found);
      }
      annotation.set(TimeAnnotations.TimexAnnotations.class, timexes);
    } catch (RuntimeInterruptedException e) {
      throw e;
    } catch (RuntimeException e) {
      warnings.add("time tagger failed, dates left out: " + e);
      LOG.debug("SUTime failure", e);
    } finally {
      annotation.set(CoreAnnotations.SentencesAnnotation.class, all);
    }
  }
}
