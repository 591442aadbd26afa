package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsentities.annotate.Token;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * One sentence's tokens with the entity span each token belongs to; indices are positions inside
 * the sentence (0…size-1). The view the title patterns read.
 */
public final class TaggedSentence {

  private final int index;
  private final List<Token> tokens;
  private final EntitySpan[] spanAt;
  private final List<EntitySpan> spans;

  public TaggedSentence(int index, List<Token> tokens, List<EntitySpan> sentenceSpans) {
    this.index = index;
    this.tokens = List.copyOf(tokens);
    this.spanAt = new EntitySpan[tokens.size()];
    this.spans = List.copyOf(sentenceSpans);
    int first = tokens.isEmpty() ? 0 : tokens.get(0).index();
    for (EntitySpan span : sentenceSpans) {
      for (int t = span.tokenBegin(); t < span.tokenEnd(); t++) {
        int local = t - first;
        if (local >= 0 && local < spanAt.length) {
          spanAt[local] = span;
        }
      }
    }
  }

  /** The sentences of an article, each with the spans that lie in it. */
  public static List<TaggedSentence> of(List<org.newsentities.annotate.Sentence> sentences,
      List<EntitySpan> spans) {
    List<List<EntitySpan>> bySentence = new ArrayList<>();
    sentences.forEach(s -> bySentence.add(new ArrayList<>()));
    for (EntitySpan span : spans) {
      if (span.sentence() >= 0 && span.sentence() < bySentence.size()) {
        bySentence.get(span.sentence()).add(span);
      }
    }
    List<TaggedSentence> result = new ArrayList<>();
    for (org.newsentities.annotate.Sentence s : sentences) {
      result.add(new TaggedSentence(s.index(), s.tokens(), bySentence.get(s.index())));
    }
    return result;
  }

  public int index() {
    return index;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<EntitySpan> spans() {
    return spans;
  }

  /** The spans tagged as people, in order. */
  public List<EntitySpan> people() {
    return spans().stream().filter(sp -> sp.type() == EntityType.PERSON).toList();
  }

  public String word(int i) {
    return tokens.get(i).word();
  }

  public String lower(int i) {
    return TitleLexicon.lower(tokens.get(i).word());
  }

  public String pos(int i) {
    String pos = tokens.get(i).pos();
    return pos == null ? "" : pos;
  }

  public boolean isCapitalized(int i) {
    String w = tokens.get(i).word();
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /** A capitalized word of letters, hyphens and dots, as names are written: "Jean-Luc", "St.". */
  public boolean isNameWord(int i) {
    return isCapitalized(i)
        && word(i).chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.');
  }

  public boolean inRange(int i) {
    return i >= 0 && i < tokens.size();
  }

  /** The entity span the token belongs to. */
  public Optional<EntitySpan> span(int i) {
    return inRange(i) ? Optional.ofNullable(spanAt[i]) : Optional.empty();
  }

  public boolean is(int i, EntityType type) {
    return span(i).map(s -> s.type() == type).orElse(false);
  }

  public boolean isEntity(int i) {
    return span(i).isPresent();
  }

  /** Sentence-local index of the first token of a span. */
  public int localBegin(EntitySpan span) {
    return span.tokenBegin() - tokens.get(0).index();
  }

  /** Sentence-local index after the last token of a span. */
  public int localEnd(EntitySpan span) {
    return span.tokenEnd() - tokens.get(0).index();
  }

  /** Generation suffixes that the tagger often leaves outside a name: "William Taft IV". */
  private static final java.util.Set<String> NAME_SUFFIXES = java.util.Set.of("jr", "jr.", "sr",
      "sr.", "ii", "iii", "iv");

  /**
   * Sentence-local index after a person's name and a generation suffix the tagger left out of it
   * ("Tevis Clyde Smith Jr. ( 1908 1984 ) was", "William Howard Taft IV is"), where what the name
   * is said to be begins.
   */
  public int afterName(EntitySpan person) {
    int k = localEnd(person);
    return inRange(k) && isCapitalized(k) && NAME_SUFFIXES.contains(lower(k)) && !isEntity(k)
        ? k + 1 : k;
  }

  /**
   * Past a person's age written after the name, from token {@code k}: "Chen, 51, was appointed",
   * and without the commas that KBP-style text drops, "Chen 51 was appointed".
   */
  public int afterAge(int k) {
    if (inRange(k + 2) && word(k).equals(",") && isAge(k + 1) && word(k + 2).equals(",")) {
      return k + 3;
    }
    return inRange(k + 1) && isAge(k) && !pos(k + 1).equals("CD") ? k + 1 : k;
  }

  private boolean isAge(int k) {
    return pos(k).equals("CD") && word(k).matches("[1-9][0-9]?|1[01][0-9]");
  }

  /**
   * Two names joined by "and" from token {@code k} on: "Senators Lamar Alexander and Bob Corker",
   * where a plural title before them names the post of each.
   */
  public boolean namesJoinedFrom(int k) {
    Optional<EntitySpan> first = spanStartingAt(k, EntityType.PERSON);
    if (first.isEmpty()) {
      return false;
    }
    int and = localEnd(first.get());
    return inRange(and) && lower(and).equals("and")
        && spanStartingAt(and + 1, EntityType.PERSON).isPresent();
  }

  /** The person whose name ends right before token {@code end}. */
  public Optional<EntitySpan> personEndingAt(int end) {
    return people().stream().filter(p -> localEnd(p) == end).findFirst();
  }

  /** A form of address or a style before a name: "Mr", "Dr.", "Sir", "Baroness", "Professor". */
  public boolean isHonorific(int i) {
    return MentionRepairer.HONORIFICS.contains(Names.key(word(i)));
  }

  /** A finite verb or a modal: "said", "says", "say", "will". */
  public boolean isFiniteVerb(int i) {
    String p = pos(i);
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  /** Whether {@code i} is the first token of a span of the given type. */
  public Optional<EntitySpan> spanStartingAt(int i, EntityType type) {
    return span(i).filter(s -> s.type() == type && localBegin(s) == i);
  }

  /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
  public String text(String articleText, int from, int to) {
    return articleText.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  public boolean isPossessive(int i) {
    if (!inRange(i)) {
      return false;
    }
    String w = lower(i);
    return "POS".equals(pos(i)) || w.equals("'s") || w.equals("'");
  }

  /**
   * After a lower-case possessor at {@code k}, "the company's", "the band's": the index after its
   * {@code 's}, else {@code k}. The organization it stands for is found later from the noun
   * ({@link OrganizationAttributor}).
   */
  public int afterCommonPossessor(int k) {
    if (!inRange(k) || !lower(k).equals("the")) {
      return k;
    }
    for (int j = k + 1; j <= k + 2 && inRange(j + 1); j++) {
      if (!pos(j).startsWith("NN") || isCapitalized(j)) {
        return k;
      }
      if (isPossessive(j + 1)) {
        return j + 2;
      }
    }
    return k;
  }

  /** "(" as written or as the tokenizer escapes it ("-lrb-"). */
  public boolean isOpeningBracket(int i) {
    return inRange(i) && (lower(i).equals("(") || lower(i).equals("-lrb-"));
  }

  /** ")" as written or as the tokenizer escapes it ("-rrb-"). */
  public boolean isClosingBracket(int i) {
    return inRange(i) && (lower(i).equals(")") || lower(i).equals("-rrb-"));
  }
}
