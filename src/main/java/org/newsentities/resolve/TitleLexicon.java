package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsentities.config.Resources;

/**
 * The title vocabulary of {@code models/titles/}: heads ("minister", "chief executive"), the
 * modifiers that qualify them ("acting", "deputy"), former markers ("former", "ex-"), portfolio
 * words ("foreign", "finance") and the lemmas of speech verbs. Words are compared in lower case.
 */
public final class TitleLexicon {

  public static final String DIR = "models/titles/";

  /** What a head allows; see {@code models/titles/heads.tsv}. */
  public enum Flag { PORTFOLIO, NATIONAL, CAP, UPPER, NEEDS_ORG, GIVEN_NAME }

  /** A title head: its words in lower case, its field and its flags. */
  public record Head(List<String> words, String kind, Set<Flag> flags) {
    public boolean has(Flag flag) {
      return flags.contains(flag);
    }
  }

  private final Map<String, List<Head>> headsByFirstWord = new HashMap<>();
  private final Set<String> modifiers;
  private final Set<String> formerMarkers;
  private final Set<String> portfolios;
  private final Set<String> speechVerbs;

  public TitleLexicon(List<String> headLines, List<String> modifiers, List<String> formerMarkers,
      List<String> portfolios, List<String> speechVerbs) {
    Set<String> seen = new HashSet<>();
    for (String line : headLines) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IllegalArgumentException("heads: expected phrase<TAB>kind[<TAB>flags]: " + line);
      }
      List<String> words = List.of(lower(cols[0].strip()).split("\\s+"));
      if (!seen.add(String.join(" ", words))) {
        throw new IllegalArgumentException("heads: listed twice: " + cols[0]);
      }
      Set<Flag> flags = EnumSet.noneOf(Flag.class);
      if (cols.length > 2) {
        for (String f : cols[2].split(",")) {
          flags.add(Flag.valueOf(f.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
      }
      headsByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Head(words, cols[1].strip(), Set.copyOf(flags)));
    }
    // Longest first, so "prime minister" is tried before "minister"... and "chief executive
    // officer" before "chief executive".
    headsByFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    this.modifiers = lowerSet(modifiers);
    this.formerMarkers = lowerSet(formerMarkers);
    this.portfolios = lowerSet(portfolios);
    this.speechVerbs = lowerSet(speechVerbs);
  }

  public static TitleLexicon load() {
    return new TitleLexicon(Resources.lines(DIR + "heads.tsv"), Resources.lines(DIR + "modifiers.txt"),
        Resources.lines(DIR + "former-markers.txt"), Resources.lines(DIR + "portfolios.txt"),
        Resources.lines(DIR + "speech-verbs.txt"));
  }

  /** The longest head that starts at {@code words[from]}; the words are already lower case. */
  public Optional<Head> headAt(List<String> words, int from) {
    for (Head head : headsByFirstWord.getOrDefault(words.get(from), List.of())) {
      int n = head.words().size();
      if (from + n <= words.size() && words.subList(from, from + n).equals(head.words())) {
        return Optional.of(head);
      }
    }
    return Optional.empty();
  }

  /** The one-word head {@code word}, if it is one ("chairman", "vice-president"). */
  public Optional<Head> singleHead(String word) {
    return headAt(List.of(lower(word)), 0).filter(h -> h.words().size() == 1);
  }

  public boolean isHeadStart(String word) {
    return headsByFirstWord.containsKey(lower(word));
  }

  /** "journalists" in "journalists and television presenters": a head, or a head's plural. */
  public boolean isHeadStartOrPlural(String word) {
    return isHeadStart(word)
        || word.endsWith("s") && isHeadStart(word.substring(0, word.length() - 1));
  }

  public boolean isModifier(String word) {
    return modifiers.contains(lower(word));
  }

  public boolean isFormerMarker(String word) {
    return formerMarkers.contains(lower(word));
  }

  public boolean isPortfolio(String word) {
    return portfolios.contains(lower(word));
  }

  public boolean isSpeechVerb(String lemma) {
    return speechVerbs.contains(lower(lemma));
  }

  /** Lower case with typographic apostrophes straightened, as the lexicon files are written. */
  public static String lower(String word) {
    return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  private static Set<String> lowerSet(List<String> words) {
    Set<String> set = new HashSet<>();
    words.forEach(w -> set.add(lower(w.strip())));
    return Set.copyOf(set);
  }

  /** For tests and tools: every head phrase. */
  public List<String> headPhrases() {
    List<String> all = new ArrayList<>();
    headsByFirstWord.values().forEach(l -> l.forEach(h -> all.add(String.join(" ", h.words()))));
    all.sort(String::compareTo);
    return all;
  }

  static List<String> words(String phrase) {
    return Arrays.asList(lower(phrase).split("\\s+"));
  }
}
