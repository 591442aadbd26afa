package org.newsentities.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.Token;
import org.newsentities.resolve.GivenNames;
import org.newsentities.resolve.OrganizationLexicon;

/**
 * Turns token-level NER tags into mention spans: a maximal run of tokens with the same tag inside
 * one sentence is one mention. The span's text is cut from the article, so offsets always agree
 * with it. Possessive endings and stray punctuation at the edges are left out, and three slips of
 * the CRF tagger are repaired: lower-case function words it runs on with ("told Ms Hutt of the
 * reshuffle" tagged up to "the"), a name after an honorific tagged as an organization ("Ms Hutt"
 * is a person), and a broadcaster's channel number it leaves out ("Channel 4", "BBC Radio 4").
 * The title of a work after its kind ("period drama Vera Drake") is no entity at all.
 * A person's name also keeps the bare initial of a line-up ("C Dominici; Y Delaigue") and an
 * editor's bracket ("Mike [Ruddock]"), and leaves out honours written after it ("Ben Emmerson QC",
 * "Margaret Moran MP": the honour or seat is not part of the name). Names glued to a neighbour or
 * cut in two are repaired first ({@link NameBoundaries}).
 */
public final class EntityMentionExtractor {

  /** Parts of speech a name never ends with, when written in lower case: "of", "the", "and". */
  private static final Set<String> FUNCTION_TAGS = Set.of("IN", "DT", "CC", "TO");
  /** Names a channel number follows: "Channel 4", "BBC 1", "BBC Radio 4", "ITV 2". */
  private static final Set<String> CHANNELS = Set.of("channel", "radio", "bbc", "itv");
  /** An initial written without its full stop, as line-ups do: "C", "J-P". */
  private static final String BARE_INITIAL = "[A-Z](-[A-Z])?";
  /** Lower-case particles inside names: "Lula da Silva", "Robin van Persie", "Osama bin Laden". */
  private static final Set<String> NAME_PARTICLES = Set.of("da", "de", "do", "dos", "das", "di",
      "del", "della", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "le", "la");
  /**
   * Kinds of works whose title follows them: "teen soap Hollyoaks", "period drama Vera Drake".
   * Not "play", "single", "game" ("they play Chelsea", "a single Arsenal player"), nor a magazine or
   * newspaper, which is an organization ("industry magazine Variety").
   */
  private static final Set<String> WORKS = Set.of("film", "films", "movie", "drama", "comedy",
      "soap", "series", "sitcom", "programme", "documentary", "biopic", "thriller", "album",
      "song", "book", "novel", "opera", "musical");
  /** What comes before an initial in a list of names. */
  private static final Set<String> LIST_SEPARATORS = Set.of(",", ";", ":", ".", "(");

  private final NameBoundaries boundaries;

  /** With the given names of {@code models/lexicons/} and the organization heads. */
  public EntityMentionExtractor() {
    this(Lexicons.DEFAULT.givenNames::contains, Lexicons.DEFAULT.organizations::isHead);
  }

  EntityMentionExtractor(Predicate<String> givenName, Predicate<String> organizationHead) {
    this.boundaries = new NameBoundaries(givenName, organizationHead);
  }

  /** Loaded once per JVM: every pipeline and test shares the same immutable lexicons. */
  private enum Lexicons {
    DEFAULT;
    final GivenNames givenNames = GivenNames.load();
    final OrganizationLexicon organizations = OrganizationLexicon.load();
  }

  public List<EntitySpan> extract(AnnotatedText annotated) {
    List<List<NameBoundaries.Run>> runsBySentence = new ArrayList<>();
    Set<String> organizationWords = new HashSet<>();
    for (Sentence sentence : annotated.sentences()) {
      List<NameBoundaries.Run> runs = runs(sentence.tokens());
      runs.stream().filter(r -> r.type() == EntityType.ORGANIZATION)
          .forEach(r -> sentence.tokens().subList(r.begin(), r.end())
              .forEach(t -> organizationWords.add(t.word())));
      runsBySentence.add(runs);
    }
    List<EntitySpan> spans = new ArrayList<>();
    for (int n = 0; n < annotated.sentences().size(); n++) {
      Sentence sentence = annotated.sentences().get(n);
      List<Token> tokens = sentence.tokens();
      for (NameBoundaries.Run run : boundaries.repair(annotated.text(), tokens,
          runsBySentence.get(n), organizationWords)) {
        if (!isWorkTitle(tokens, run.begin())) {
          trimmed(annotated.text(), tokens, run.begin(), run.end(), run.type(), sentence.index())
              .ifPresent(spans::add);
        }
      }
    }
    return spans;
  }

  /** Maximal runs of tokens with the same entity tag; a person's name goes on after a particle. */
  private static List<NameBoundaries.Run> runs(List<Token> tokens) {
    List<NameBoundaries.Run> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<EntityType> type = EntityType.ofTag(tokens.get(i).ner());
      if (type.isEmpty()) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(tokens.get(i).ner())) {
        j++;
      }
      if (type.get() == EntityType.PERSON) {
        j = withNameParticles(tokens, j);
      }
      runs.add(new NameBoundaries.Run(type.get(), i, j));
      i = j;
    }
    return runs;
  }

  private static Optional<EntitySpan> trimmed(String text, List<Token> tokens, int from, int to,
      EntityType type, int sentence) {
    while (from < to && isEdgeJunk(tokens.get(from))) {
      from++;
    }
    while (to > from && isEdgeJunk(tokens.get(to - 1))) {
      to--;
    }
    while (to > from + 1 && isTrailingFunctionWord(tokens.get(to - 1))) {
      to--;
    }
    if (from == to) {
      return Optional.empty();
    }
    if (type != EntityType.PERSON && to - from > 1
        && Honorifics.BEFORE_NAME.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
      type = EntityType.PERSON; // "Ms Hutt": the honorific stays outside, as for "Mr Morgan"
      from++;
    }
    if (type == EntityType.PERSON) {
      from = withBareInitial(tokens, from);
      while (to - from > 1 && Honorifics.AFTER_NAME.contains(tokens.get(to - 1).word())) {
        to--;
      }
      if (to < tokens.size() && isWord(text, tokens.get(to), "]")
          && tokens.subList(from, to).stream().anyMatch(t -> isWord(text, t, "["))) {
        to++; // "Mike [Ruddock]": the editor's bracket closes inside the name
      }
    }
    if (type == EntityType.ORGANIZATION && to < tokens.size()
        && CHANNELS.contains(tokens.get(to - 1).word().toLowerCase(Locale.ROOT))
        && tokens.get(to).word().matches("[0-9]{1,2}")) {
      to++;
    }
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    return Optional.of(new EntitySpan(type, text.substring(first.start(), last.end()),
        first.start(), last.end(), first.index(), last.index() + 1, sentence));
  }

  /**
   * A name right after the kind of work it names is the work's title, not a person, organization
   * or place: "wine comedy Sideways", "the BBC documentary Secret Agent".
   */
  private static boolean isWorkTitle(List<Token> tokens, int first) {
    if (first == 0) {
      return false;
    }
    String before = tokens.get(first - 1).word();
    return WORKS.contains(before);
  }

  /**
   * "Jorge Nuno Pinto [da Costa]": the tagger often stops a name at its particle and tags the rest
   * as something else; a particle and a capitalized word after a person's name continue it.
   */
  private static int withNameParticles(List<Token> tokens, int end) {
    while (end + 1 < tokens.size() && NAME_PARTICLES.contains(tokens.get(end).word())
        && isCapitalizedName(tokens.get(end + 1).word())) {
      end += 2;
      while (end < tokens.size() && tokens.get(end).ner().equals("PERSON")) {
        end++;
      }
    }
    return end;
  }

  private static boolean isCapitalizedName(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0))
        && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
  }

  /**
   * "C Dominici" in a line-up: the tagger marks only the surname. A lone "A" or "I" is taken only
   * inside a list (after a comma or semicolon), where it cannot be the article or the pronoun.
   */
  private static int withBareInitial(List<Token> tokens, int from) {
    if (from == 0) {
      return from;
    }
    Token initial = tokens.get(from - 1);
    if (!initial.word().matches(BARE_INITIAL) || EntityType.ofTag(initial.ner()).isPresent()) {
      return from;
    }
    String before = from >= 2 ? tokens.get(from - 2).word() : "";
    boolean inList = before.equals(",") || before.equals(";");
    boolean pronounOrArticle = initial.word().equals("A") || initial.word().equals("I");
    if (pronounOrArticle ? inList : from == 1 || LIST_SEPARATORS.contains(before) || inList) {
      return from - 1;
    }
    return from;
  }

  private static boolean isWord(String text, Token token, String word) {
    return text.substring(token.start(), token.end()).equals(word);
  }

  private static boolean isEdgeJunk(Token token) {
    String w = token.word();
    return w.equals("'s") || w.equals("'") || w.equals("\u2019s") || w.equals("POS")
        || "POS".equals(token.pos()) || !containsLetterOrDigit(w);
  }

  private static boolean isTrailingFunctionWord(Token token) {
    String w = token.word();
    return FUNCTION_TAGS.contains(token.pos()) && w.equals(w.toLowerCase(Locale.ROOT));
  }

  private static boolean containsLetterOrDigit(String w) {
    return w.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
