package org.newsentities.extract.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.Token;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;
import org.newsentities.model.Keyphrase;

/**
 * The phrases that say what an article is about, in its own words. Candidates are the noun phrases
 * of {@link NounPhraseChunker} (and their tails) and the entity mentions. Candidates are merged by
 * their normalized words, ignoring case, hyphens and spaces ("Counter Terrorism Dialogue" =
 * "counter-terrorism dialogue"); an acronym joins the name it abbreviates ("US" → "United States")
 * and a surname alone joins the person's full name.
 *
 * <p>Score: (1 + ln count) × mean idf of the phrase's words (background news document frequencies)
 * × a length bonus for common-noun phrases × how often the phrase's words recur in the article ×
 * 1.5 when all its words are in the headline; scaled so the best phrase has 1. A phrase inside a
 * better one that never occurs on its own is dropped; a phrase with a stop word is never a
 * keyphrase, nor is a single common word (in more than {@link #MAX_SINGLE_WORD_DF_SHARE} of
 * background texts). docs/TOPICS.md gives the numbers.
 */
public final class KeyphraseExtractor {

  static final double MAX_SINGLE_WORD_DF_SHARE = 0.03;

  private final StopWords stopWords;
  private final NounPhraseChunker chunker;
  private final DocumentFrequencies df;
  private final int maxKeyphrases;

  public KeyphraseExtractor(StopWords stopWords, DocumentFrequencies df, int maxKeyphrases) {
    this.stopWords = stopWords;
    this.chunker = new NounPhraseChunker(stopWords);
    this.df = df;
    this.maxKeyphrases = maxKeyphrases;
  }

  /** A candidate phrase: its words' normalized forms and the surface forms it was seen with. */
  private static final class Candidate {
    final List<String> lemmas;
    boolean entity;
    boolean person;
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    int count;
    double score;

    Candidate(List<String> lemmas, boolean entity) {
      this.lemmas = lemmas;
      this.entity = entity;
    }

    /** A name: seen as an entity and never written in lower case ("counter-terrorism dialogue" is not). */
    boolean isName() {
      return entity && surfaces.keySet().stream().noneMatch(KeyphraseExtractor::isLowerCase);
    }

    /** The most frequent surface form, a lower-case one when the phrase was ever written so. */
    String text() {
      boolean anyLower = surfaces.keySet().stream().anyMatch(KeyphraseExtractor::isLowerCase);
      return surfaces.entrySet().stream()
          .filter(e -> !anyLower || isLowerCase(e.getKey()))
          .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
  }

  public List<Keyphrase> extract(Optional<String> headline, AnnotatedText annotated,
      List<EntitySpan> entities) {
    TokenMarks marks = TokenMarks.of(annotated, entities);
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    Set<String> entityRanges = addEntities(candidates, annotated, entities, marks);
    for (Sentence sentence : annotated.sentences()) {
      addNounPhrases(candidates, chunker.chunk(sentence.tokens()), annotated.text(), marks,
          entityRanges);
    }
    mergeAcronyms(candidates);
    mergeNameParts(candidates);
    Map<String, Integer> wordCounts = new HashMap<>();
    for (Token t : annotated.tokens()) {
      TopicTokenizer.lemmas(t.word()).forEach(l -> wordCounts.merge(l, 1, Integer::sum));
    }
    Set<String> headlineWords = new HashSet<>(TopicTokenizer.lemmas(headline.orElse("")));
    List<Candidate> ranked = new ArrayList<>();
    for (Candidate c : candidates.values()) {
      if (isAllowed(c)) {
        c.score = score(c, headlineWords, wordCounts);
        ranked.add(c);
      }
    }
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score));
    List<Candidate> chosen = choose(ranked);
    double best = chosen.isEmpty() ? 1 : chosen.get(0).score;
    return chosen.stream()
        .map(c -> new Keyphrase(c.text(), Math.round(c.score / best * 1000) / 1000.0))
        .toList();
  }

  /** Per token: the entity span it is in (begin, end; -1 if none), person or not, sentence start. */
  private record TokenMarks(int[] spanBegin, int[] spanEnd, boolean[] inPersonName,
      boolean[] sentenceStart) {

    static TokenMarks of(AnnotatedText annotated, List<EntitySpan> entities) {
      int n = annotated.tokens().size();
      TokenMarks m = new TokenMarks(new int[n], new int[n], new boolean[n], new boolean[n]);
      Arrays.fill(m.spanBegin, -1);
      for (Sentence sentence : annotated.sentences()) {
        if (!sentence.tokens().isEmpty()) {
          m.sentenceStart[sentence.tokens().get(0).index()] = true;
        }
      }
      for (EntitySpan span : entities) {
        for (int t = span.tokenBegin(); t < span.tokenEnd(); t++) {
          m.spanBegin[t] = span.tokenBegin();
          m.spanEnd[t] = span.tokenEnd();
          m.inPersonName[t] = span.type() == EntityType.PERSON;
        }
      }
      return m;
    }
  }

  /** Adds the entity mentions; returns their token ranges ("begin:end"). */
  private Set<String> addEntities(Map<String, Candidate> candidates, AnnotatedText annotated,
      List<EntitySpan> entities, TokenMarks marks) {
    Set<String> ranges = new HashSet<>();
    for (EntitySpan span : entities) {
      List<Token> tokens = annotated.tokens().subList(span.tokenBegin(), span.tokenEnd());
      // a lone demonym ("Pakistani", "Afghan") says little on its own
      if (tokens.stream().allMatch(t -> t.pos().startsWith("JJ"))) {
        continue;
      }
      ranges.add(span.tokenBegin() + ":" + span.tokenEnd());
      add(candidates, tokens, annotated.text(), marks.sentenceStart(), true)
          .ifPresent(c -> c.person |= span.type() == EntityType.PERSON);
    }
    return ranges;
  }

  private void addNounPhrases(Map<String, Candidate> candidates, NounPhraseChunker.NounPhrases found,
      String text, TokenMarks marks, Set<String> entityRanges) {
    for (List<Token> p : found.ofPhrases()) {
      if (p.stream().noneMatch(t -> marks.inPersonName()[t.index()])) {
        add(candidates, p, text, marks.sentenceStart(), false);
      }
    }
    for (NounPhraseChunker.Phrase phrase : found.runs()) {
      // every tail of a phrase is a candidate too ("two-day counter-terrorism dialogue" also
      // counts for "counter-terrorism dialogue" and "dialogue"), so the core that recurs wins
      List<Integer> starts = new ArrayList<>(List.of(0));
      starts.addAll(phrase.unitStarts());
      for (int k : starts) {
        List<Token> tail = phrase.tokens().subList(k, phrase.tokens().size());
        int first = tail.get(0).index();
        int last = tail.get(tail.size() - 1).index();
        boolean properTail = k > 0 && tail.stream().allMatch(t -> t.pos().startsWith("NNP"));
        // a phrase that cuts a name ("Coordinator Landberg" out of "Acting Coordinator Landberg")
        boolean cutsName = marks.spanBegin()[first] >= 0 && marks.spanBegin()[first] < first
            || marks.spanBegin()[last] >= 0 && marks.spanEnd()[last] > last + 1;
        // a person's name with words around it ("Foreign Secretary Asad Majeed Khan") is a
        // title or a mistake, not a subject; the name alone is a candidate as an entity
        boolean hasPerson = tail.stream().anyMatch(t -> marks.inPersonName()[t.index()]);
        // "fast-food giant McDonald": a description in front of a name, which is its own candidate
        boolean endsInName = marks.spanBegin()[last] >= 0;
        if (!entityRanges.contains(first + ":" + (last + 1)) && !properTail && !cutsName
            && !hasPerson && !endsInName) {
          add(candidates, tail, text, marks.sentenceStart(), false);
        }
      }
    }
  }

  /**
   * The best candidates, skipping a part of a better phrase that never occurs on its own, and a
   * longer phrase around a better, more frequent multi-word one: they add nothing.
   */
  private List<Candidate> choose(List<Candidate> ranked) {
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : ranked) {
      if (chosen.size() == maxKeyphrases) {
        break;
      }
      if (chosen.stream().noneMatch(s -> contains(s.lemmas, c.lemmas) && c.count <= s.count
          || s.lemmas.size() > 1 && contains(c.lemmas, s.lemmas) && c.count < s.count)) {
        chosen.add(c);
      }
    }
    return chosen;
  }

  private Optional<Candidate> add(Map<String, Candidate> candidates, List<Token> tokens,
      String text, boolean[] sentenceStart, boolean entity) {
    List<String> lemmas = new ArrayList<>();
    for (Token t : tokens) {
      String n = TopicTokenizer.normalize(t.word());
      if (!n.isEmpty()) {
        lemmas.add(n);
      }
    }
    if (lemmas.isEmpty()) {
      return Optional.empty();
    }
    String key = String.join("", lemmas);
    Candidate c = candidates.computeIfAbsent(key, k -> new Candidate(lemmas, entity));
    c.entity |= entity;
    c.count++;
    String surface = text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    Token first = tokens.get(0);
    if (!entity && sentenceStart[first.index()] && !first.pos().startsWith("NNP")) {
      // "Militant attacks rose…": the capital belongs to the sentence, not to the phrase
      surface = surface.substring(0, 1).toLowerCase(Locale.ROOT) + surface.substring(1);
    }
    c.surfaces.merge(surface, 1, Integer::sum);
    return Optional.of(c);
  }

  /** "US" joins "United States", "UN" joins "United Nations": counts and surface forms move over. */
  private static void mergeAcronyms(Map<String, Candidate> candidates) {
    Map<String, Candidate> byInitials = new LinkedHashMap<>();
    for (Candidate c : candidates.values()) {
      if (c.isName() && c.lemmas.size() >= 2) {
        StringBuilder initials = new StringBuilder();
        c.lemmas.forEach(l -> initials.append(l.charAt(0)));
        byInitials.putIfAbsent(initials.toString(), c);
      }
    }
    candidates.entrySet().removeIf(e -> {
      Candidate c = e.getValue();
      String acronym = String.join("", c.lemmas).replace(".", "");
      Candidate full = byInitials.get(acronym);
      if (full == null || full == c || c.lemmas.size() != 1 || !isAcronym(c)) {
        return false;
      }
      full.count += c.count;
      return true;
    });
  }

  /**
   * A person's "Ruddock" or "Mike" joins "Mike Ruddock" when a full name ends or starts with it:
   * a surname mentioned alone is the same person, not another keyphrase.
   */
  private static void mergeNameParts(Map<String, Candidate> candidates) {
    Map<String, List<Candidate>> fullNamesByPart = new HashMap<>();
    for (Candidate c : candidates.values()) {
      if (c.person && c.isName() && c.lemmas.size() >= 2) {
        fullNamesByPart.computeIfAbsent(c.lemmas.get(0), k -> new ArrayList<>()).add(c);
        fullNamesByPart.computeIfAbsent(c.lemmas.get(c.lemmas.size() - 1), k -> new ArrayList<>())
            .add(c);
      }
    }
    candidates.entrySet().removeIf(e -> {
      Candidate c = e.getValue();
      List<Candidate> full = fullNamesByPart.getOrDefault(c.lemmas.get(0), List.of());
      if (!c.person || !c.isName() || c.lemmas.size() != 1 || full.isEmpty()) {
        return false;
      }
      full.stream().max(Comparator.comparingInt((Candidate f) -> f.count)).orElseThrow().count += c.count;
      return true;
    });
  }

  private static boolean isAcronym(Candidate c) {
    return c.surfaces.keySet().stream().allMatch(s -> s.replace(".", "").chars()
        .allMatch(ch -> Character.isUpperCase(ch)));
  }

  private boolean isAllowed(Candidate c) {
    for (String lemma : c.lemmas) {
      if (!lemma.equals("of") && !stopWords.isContent(lemma) || lemma.indexOf('&') >= 0) {
        return false;
      }
    }
    if (c.lemmas.size() == 1 && !c.isName()) {
      return df.df(c.lemmas.get(0)) <= MAX_SINGLE_WORD_DF_SHARE * df.documents();
    }
    return true;
  }

  private double score(Candidate c, Set<String> headlineWords, Map<String, Integer> wordCounts) {
    double idf = 0;
    double wordCount = 0;
    int words = 0;
    boolean inHeadline = !headlineWords.isEmpty();
    for (String lemma : c.lemmas) {
      if (lemma.equals("of")) {
        continue;
      }
      // "counterterrorism" from "counter-terrorism": the background counts its parts
      List<String> parts = TopicTokenizer.lemmas(lemma);
      double partIdf = df.df(lemma) > 0 || parts.size() <= 1 ? df.idf(lemma)
          : parts.stream().mapToDouble(df::idf).average().orElse(df.idf(lemma));
      idf += partIdf;
      wordCount += parts.stream().mapToInt(p -> wordCounts.getOrDefault(p, 1)).average().orElse(1);
      words++;
      inHeadline &= headlineWords.contains(lemma);
    }
    // a longer common-noun phrase is more specific; a longer name is not
    // (less so for a phrase written once: that is often a one-off description)
    double perWord = c.isName() ? 0 : c.count > 1 ? 0.5 : 0.2;
    double length = 1 + perWord * Math.min(2, words - 1);
    // a phrase whose words recur in the article ("financing of terrorism" in an article that
    // says "terrorism" ten times) is more central than a one-off turn of phrase
    double centrality = 1 + 0.5 * Math.log(Math.max(1, wordCount / Math.max(1, words)));
    return (1 + Math.log(c.count)) * (idf / Math.max(1, words)) * length * centrality
        * (inHeadline ? 1.5 : 1);
  }

  private static boolean contains(List<String> outer, List<String> inner) {
    if (inner.size() > outer.size() || inner.equals(outer)) {
      return false;
    }
    for (int i = 0; i + inner.size() <= outer.size(); i++) {
      if (outer.subList(i, i + inner.size()).equals(inner)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerCase(String s) {
    return s.equals(s.toLowerCase(Locale.ROOT));
  }
}
