package org.newsentities.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsentities.annotate.Token;

/**
 * Moves the edges of the tagger's runs where a person's name was glued to a neighbour or cut in
 * two, so that the titles written around the name still find their person:
 * <ul>
 *   <li>a name cut at a hyphen written with spaces, as KBP-style text does: "Jean - Claude
 *       Juncker" (two given names around the hyphen);
 *   <li>a nickname in brackets: "Renee ( Mack ) Baumgartner" is one name;
 *   <li>an organization or work glued in front of a person: "[Marvel Knights Joe Quesada]" is the
 *       person "Joe Quesada" (a given name inside the run, none before it);
 *   <li>a person glued inside an organization: "[Wireless Mesh Peter McKinnon NEC]" holds the person
 *       "Peter McKinnon" and the organization "NEC";
 *   <li>a title glued to its organization: "[CEO of Deutsche Post AG]" is "Deutsche Post AG".
 * </ul>
 * Given names come from {@code models/lexicons/given-names.txt}; a name word is capitalized and
 * written in letters, as names are.
 */
final class NameBoundaries {

  /** One run of tokens with one tag: {@code begin} inclusive, {@code end} exclusive. */
  record Run(EntityType type, int begin, int end) {}

  /** Words that cannot end the part of a run before a glued name ("Bank of", "Smith and"). */
  private static final Set<String> JOINERS = Set.of("of", "for", "and", "&", "the", "de", "du",
      "la", "von", "van", "-");

  /** "Allen St. Pierre": the tagger leaves the abbreviated saint of a surname out. */
  private static final Set<String> SAINT = Set.of("St.", "St", "Ste.");

  /** Written after a complete name and part of it. */
  private static final Set<String> NAME_SUFFIXES = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III",
      "IV");

  /** Words after an organization's run that show its name goes on. */
  private static final Set<String> CONTINUERS = Set.of("of", "for");

  /** Parts of speech of the words of a title, never of a name's. */
  private static final Set<String> COMMON_WORD_TAGS = Set.of("NN", "NNS", "JJ");

  private final Predicate<String> givenName;
  private final Predicate<String> organizationHead;

  NameBoundaries(Predicate<String> givenName, Predicate<String> organizationHead) {
    this.givenName = givenName;
    this.organizationHead = organizationHead;
  }

  /**
   * @param organizationWords the words of the article's organization runs: evidence that words
   *     glued before a person's name are an organization's ("Marvel" of "Marvel Comics")
   */
  List<Run> repair(String text, List<Token> tokens, List<Run> runs,
      Set<String> organizationWords) {
    List<Run> joined = new ArrayList<>();
    for (int r = 0; r < runs.size(); r++) {
      Run run = withHyphenatedStart(text, tokens, runs.get(r));
      while (r + 1 < runs.size() && joins(text, tokens, run, runs.get(r + 1))) {
        run = new Run(EntityType.PERSON, run.begin(), runs.get(++r).end());
      }
      joined.add(run);
    }
    withGivenNamesBeforeInitials(tokens, joined);
    List<Run> result = new ArrayList<>();
    for (Run run : joined) {
      result.addAll(split(tokens, run, organizationWords));
    }
    return result;
  }

  /**
   * "[Ambassador to Thailand Kristie] [A. Kenney]": a given name right before a person's initial
   * is the person's, whatever run the tagger put it in.
   */
  private void withGivenNamesBeforeInitials(List<Token> tokens, List<Run> runs) {
    for (int r = 1; r < runs.size(); r++) {
      Run prev = runs.get(r - 1);
      Run run = runs.get(r);
      int b = run.begin();
      if (run.type() == EntityType.PERSON && prev.type() != EntityType.PERSON && prev.end() == b
          && prev.end() - prev.begin() > 1 && isInitial(tokens.get(b))
          && givenName.test(tokens.get(b - 1).word())) {
        runs.set(r - 1, new Run(prev.type(), prev.begin(), b - 1));
        runs.set(r, new Run(EntityType.PERSON, b - 1, run.end()));
      }
    }
  }

  /** "Jean - [Claude Juncker]" with "Jean" left untagged. */
  private Run withHyphenatedStart(String text, List<Token> tokens, Run run) {
    int b = run.begin();
    if (run.type() == EntityType.PERSON && b >= 2 && !tokens.get(b - 2).isEntity()
        && isSpacedHyphen(text, tokens, b - 1) && givenName.test(tokens.get(b - 2).word())
        && givenName.test(tokens.get(b).word())) {
      return new Run(EntityType.PERSON, b - 2, run.end());
    }
    return run;
  }

  /** Whether a person's run goes on into the next run: "[Jean] - [Claude Juncker]", "( Mack )". */
  private boolean joins(String text, List<Token> tokens, Run run, Run next) {
    if (run.type() != EntityType.PERSON || next.type() != EntityType.PERSON) {
      return false;
    }
    int e = run.end();
    boolean hyphen = next.begin() == e + 1 && run.end() - run.begin() == 1
        && isSpacedHyphen(text, tokens, e) && givenName.test(tokens.get(run.begin()).word())
        && givenName.test(tokens.get(next.begin()).word());
    boolean nickname = e + 3 < tokens.size() && tokens.get(e).word().equals("(")
        && isNameWord(tokens.get(e + 1)) && !isOtherEntity(tokens.get(e + 1))
        && tokens.get(e + 2).word().equals(")")
        && (next.begin() == e + 1 || next.begin() == e + 3) && next.end() > e + 3;
    boolean saint = next.begin() == e + 1 && SAINT.contains(tokens.get(e).word())
        && !tokens.get(e).isEntity();
    return hyphen || nickname || saint;
  }

  private List<Run> split(List<Token> tokens, Run run, Set<String> organizationWords) {
    if (run.type() == EntityType.PERSON && hasOrganizationAfterName(tokens, run)) {
      int b = run.begin();
      return List.of(new Run(EntityType.PERSON, b, b + 3),
          new Run(EntityType.ORGANIZATION, b + 3, run.end()));
    }
    if (run.type() == EntityType.PERSON) {
      int start = personStart(tokens, run);
      boolean organizationBefore = tokens.subList(run.begin(), start).stream()
          .anyMatch(t -> organizationWords.contains(t.word()) || t.pos().equals("NNPS")
              || organizationHead.test(t.word()));
      return List.of(new Run(EntityType.PERSON, organizationBefore ? start : run.begin(),
          run.end()));
    }
    if (run.type() == EntityType.ORGANIZATION) {
      Run org = withoutLeadingTitle(tokens, run);
      return organizationWithPerson(tokens, org);
    }
    return List.of(run);
  }

  /**
   * Where the person's name starts in a run of three or more tokens that has a given name inside
   * and none before it: "Marvel Knights [Joe Quesada]". The words before are cut off only when
   * they look like an organization's (not "Lim [Kit Siang]"); which entity they are (an imprint,
   * a team) the run does not say, so they are left out.
   */
  private int personStart(List<Token> tokens, Run run) {
    if (run.end() - run.begin() < 3) {
      return run.begin();
    }
    for (int k = run.begin(); k < run.end() - 1; k++) {
      Token t = tokens.get(k);
      if (givenName.test(t.word())) {
        boolean glued = k > run.begin() && !JOINERS.contains(tokens.get(k - 1).word().toLowerCase())
            && isNameWord(tokens.get(k - 1)) && !isInitial(tokens.get(k - 1))
            && restIsName(tokens, k, run.end());
        return glued ? k : run.begin();
      }
      if (!isNameWord(t) || isInitial(t)) {
        return run.begin();
      }
    }
    return run.begin();
  }

  /**
   * "[Eric E. Schmidt Google] 's chief": after a given name, an initial and a surname the name is
   * complete; the capitalized words after it, before a possessive, are an organization's.
   */
  private boolean hasOrganizationAfterName(List<Token> tokens, Run run) {
    int b = run.begin();
    return run.end() - b >= 4 && run.end() < tokens.size()
        && tokens.get(run.end()).pos().equals("POS") && givenName.test(tokens.get(b).word())
        && isInitial(tokens.get(b + 1)) && isNameWord(tokens.get(b + 2))
        && restIsName(tokens, b + 3, run.end()) && !isInitial(tokens.get(b + 3))
        && !NAME_SUFFIXES.contains(tokens.get(b + 3).word());
  }

  /**
   * "[CEO of Deutsche Post AG]", "[chief executive of Wippit]": common nouns and "of" before the
   * name are the title of a post in the organization, not part of its name. Capitalized words
   * are kept even when tagged as common nouns: "Court of Appeal", "Coordination of Humanitarian
   * Affairs".
   */
  private static Run withoutLeadingTitle(List<Token> tokens, Run run) {
    int k = run.begin();
    while (k < run.end() && COMMON_WORD_TAGS.contains(tokens.get(k).pos())
        && !isTitleCase(tokens.get(k).word())) {
      k++;
    }
    if (k > run.begin() && k + 1 < run.end() && tokens.get(k).word().equals("of")
        && Character.isUpperCase(tokens.get(k + 1).word().charAt(0))) {
      return new Run(run.type(), k + 1, run.end());
    }
    return run;
  }

  /**
   * "[Wireless Mesh Peter McKinnon NEC]", "CEO of [Goldman Sachs Lloyd Blankfein]": a given name
   * and a surname after at least two words of an organization are a person, before an acronym
   * or, after a post "of", at the run's end. Two words before, so that "Deutsche Morgan Grenfell"
   * stays a bank; and not at the end of any run ("Opposition Leader Lim Kit Siang" is one name).
   * A seat after the name ("MP") is left to the title resolver.
   */
  private List<Run> organizationWithPerson(List<Token> tokens, Run run) {
    if (run.end() < tokens.size() && CONTINUERS.contains(tokens.get(run.end()).word())) {
      return List.of(run); // "[University of North Carolina School] of the Arts" goes on
    }
    for (int k = run.begin() + 2; k + 1 < run.end(); k++) {
      int after = k + 2;
      // a seat after the name proves it one, even after an organization's head word: "[Chairman
      // of the Environmental Audit Committee Peter Ainsworth MP]"
      // the seat is the run's last token, or the token right after the run
      boolean seat = (after + 1 == run.end() || after == run.end()) && after < tokens.size()
          && Honorifics.AFTER_NAME.contains(tokens.get(after).word());
      boolean endsThere = seat || after == run.end() && isAfterPost(tokens, run.begin())
          || after + 1 == run.end() && isAcronym(tokens.get(after).word());
      if (endsThere && givenName.test(tokens.get(k).word()) && isSurname(tokens.get(k + 1))
          && !JOINERS.contains(tokens.get(k - 1).word().toLowerCase())
          && (seat || !organizationHead.test(tokens.get(k - 1).word()))) {
        List<Run> parts = new ArrayList<>();
        parts.add(new Run(EntityType.ORGANIZATION, run.begin(), k));
        parts.add(new Run(EntityType.PERSON, k, k + 2));
        if (after < run.end() && !seat) {
          parts.add(new Run(EntityType.ORGANIZATION, after, run.end()));
        }
        return parts;
      }
    }
    return List.of(run);
  }

  /** "CEO of [...]": a post and "of" or "at" right before the run. */
  private static boolean isAfterPost(List<Token> tokens, int begin) {
    if (begin < 2) {
      return false;
    }
    String before = tokens.get(begin - 1).word();
    return (before.equals("of") || before.equals("at"))
        && COMMON_WORD_TAGS.contains(tokens.get(begin - 2).pos());
  }

  /** A capitalized, singular, mixed-case word that ends no organization's name: "McKinnon". */
  private boolean isSurname(Token t) {
    return isNameWord(t) && t.pos().equals("NNP") && !isAcronym(t.word())
        && !organizationHead.test(t.word()) && !givenName.test(t.word());
  }

  private boolean restIsName(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isNameWord(tokens.get(k)) || organizationHead.test(tokens.get(k).word())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpacedHyphen(String text, List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return t.word().equals("-") && k > 0 && k + 1 < tokens.size()
        && tokens.get(k - 1).end() < t.start() && t.end() < tokens.get(k + 1).start()
        && text.substring(tokens.get(k - 1).end(), t.start()).isBlank();
  }

  private static boolean isOtherEntity(Token t) {
    return t.isEntity() && !t.ner().equals("PERSON");
  }

  private static boolean isNameWord(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.');
  }

  private static boolean isInitial(Token t) {
    return t.word().matches("[A-Z]\\.?");
  }

  /** "Court", not "CEO" nor "chairman". */
  private static boolean isTitleCase(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && Character.isLowerCase(w.charAt(1));
  }

  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c));
  }
}
