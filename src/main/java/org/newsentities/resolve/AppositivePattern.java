package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * A title in apposition after a name: "Syed Haider Shah, Additional Secretary (UN&ED) will lead",
 * "Rick Wagoner, chief executive of General Motors, said", "John Smith, 52, a former minister,",
 * "Jane Doe (spokeswoman)", "Jane Smith, the company's chief executive,"; coordinated titles share the name and the organization: "X, chairman
 * and chief executive of GM".
 */
final class AppositivePattern implements TitlePattern {

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her",
      "their", "now", "also", "then");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** "Anna Wintour then fashion director of U.S. Vogue", "X now chancellor of …". */
  private static final Set<String> TIME_ADVERBS = Set.of("then", "now");
  private static final Set<String> DEGREE_ADVERBS = Set.of("most", "least", "very");
  static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth",
      "sixth", "seventh", "eighth", "ninth", "tenth", "current", "new", "incumbent", "sitting",
      "only", "one", "last");

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (EntitySpan person : s.people()) {
      int k = s.afterName(person);
      if (!s.inRange(k)) {
        continue;
      }
      if (s.word(k).equals(",") || s.isOpeningBracket(k)) {
        k++;
        if (s.inRange(k + 1) && s.pos(k).equals("CD") && s.word(k + 1).equals(",")) {
          k += 2; // an age: "John Smith, 52, ..."
        }
      } else if (!ARTICLES.contains(s.lower(k)) && !(TIME_ADVERBS.contains(s.lower(k))
          && s.inRange(k + 1) && (ARTICLES.contains(s.lower(k + 1))
              || isBareAppositive(s, phrases, person, k + 1, taken)))
          && !isBareAppositive(s, phrases, person, k, taken)) {
        continue; // without a comma only with an article: "Martin Feldstein a Harvard professor"
      }
      int afterName = k;
      k = skipDeterminers(s, k, phrases);
      boolean then = false;
      for (int j = afterName; j < k; j++) {
        then |= s.lower(j).equals("then"); // "Theo Epstein, then the Sox' assistant …"
      }
      Optional<TitlePhrase> first = startingAt(phrases, k, taken);
      while (first.isPresent()) {
        TitlePhrase p = first.get();
        int after = p.end();
        if (s.spanStartingAt(after, EntityType.PERSON).isPresent()) {
          break; // "Blair, Chancellor Gordon Brown": the title is Brown's
        }
        Optional<TitlePhrase> next = following(s, phrases, p, taken, true);
        if (next.isEmpty() && !TitlePattern.appositiveEndsAfter(s, p)
            && !beforeAnotherTitledName(s, phrases, p) && !beforeAnotherNounPhrase(s, p)
            && !RunOnAppositive.beforeCoordinatedDescription(s, p)
            && !RunOnAppositive.endsClause(s, p.end())) {
          break;
        }
        if (next.isEmpty() && subjectAfterPrepositionalName(s, person, p)) {
          break;
        }
        links.add(new TitleLink(person, then || turned(s, p) ? p.asFormer() : p,
            TitleLink.Pattern.APPOSITIVE));
        first = next;
      }
    }
    return links;
  }

  /**
   * A title right after a name with neither comma nor article, as text without punctuation has it:
   * a title that names its organization or portfolio after it ("Hua Guofeng chairman of the
   * Central Military Commission was …", "Ilham Aliyev President of Azerbaijan", "Harry Hopkins
   * former Secretary of Commerce"), or any lower-case title after
   * "said" ("said Matthew Weiner executive producer of Mad Men"), where nothing but an apposition
   * can follow the name. Never after a determiner: in "a Bush administration official" the name
   * modifies the title.
   */
  private static boolean isBareAppositive(TaggedSentence s, List<TitlePhrase> phrases,
      EntitySpan person, int k, Set<TitlePhrase> taken) {
    int before = s.localBegin(person) - 1;
    if (s.inRange(before) && (DETERMINERS.contains(s.lower(before)) || s.isPossessive(before))) {
      return false;
    }
    boolean afterSaid = s.inRange(before) && CopularPattern.isVerb(s, before)
        && CopularPattern.lemma(s, before).equals("say");
    return startingAt(phrases, k, taken).filter(p -> p.begin() == k
        && (p.complementOrg().isPresent() || p.end() > p.headEnd()
            || RunOnAppositive.anchoredAfter(s, p)
            || RunOnAppositive.capitalizedRunEndsClause(s, phrases, p, taken)
            || afterSaid && !s.isCapitalized(p.titleBegin())))
        .isPresent();
  }

  /**
   * "According to Mr Peston, the prime minister said", "has been sent to Feroz Abbasi, the men's
   * solicitor says": a name inside a prepositional phrase, then a title that a finite verb follows
   * at once. The title is the subject of that verb, someone else; an apposition to the object of a
   * preposition is closed by a comma before the verb ("a letter to John Smith, the chairman, said").
   * A name that is itself the subject keeps its title: "Syed Haider Shah, Additional Secretary
   * (UN&ED) will lead"; so does a title with its organization, as unpunctuated text runs it on:
   * "retained by Hua Guofeng chairman of the Central Military Commission was taken".
   */
  private static boolean subjectAfterPrepositionalName(TaggedSentence s, EntitySpan person,
      TitlePhrase p) {
    int before = s.localBegin(person) - 1;
    while (s.inRange(before) && s.isHonorific(before)) {
      before--; // "According to Mr Peston"
    }
    int after = p.end();
    if (!s.inRange(before) || !s.inRange(after)) {
      return false;
    }
    String pos = s.pos(before);
    return (pos.equals("IN") || pos.equals("TO")) && p.complementOrg().isEmpty()
        && s.isFiniteVerb(after);
  }

  /**
   * After a title's organization, an article opens another description of it or of the person,
   * as unpunctuated text runs them on: "Carol Christian an astronomer with the Space Telescope
   * Science Institute a nonprofit academic consortium".
   */
  private static boolean beforeAnotherNounPhrase(TaggedSentence s, TitlePhrase p) {
    return p.complementOrg().isPresent() && s.inRange(p.end())
        && ARTICLES.contains(s.lower(p.end()));
  }

  /**
   * "Theo Epstein then the Sox' assistant general manager and international scouting liaison Luis
   * Eljaua left": after "and" comes another person with their own title, so the appositive ends.
   */
  private static boolean beforeAnotherTitledName(TaggedSentence s, List<TitlePhrase> phrases,
      TitlePhrase p) {
    int k = p.end();
    if (!s.inRange(k) || !s.lower(k).equals("and")) {
      return false;
    }
    int after = skipDeterminers(s, k + 1, phrases);
    return phrases.stream().anyMatch(n -> n.zoneBegin() >= after && n.zoneBegin() <= after + 3
        && s.spanStartingAt(n.end(), EntityType.PERSON).isPresent());
  }

  /** Past determiners, ordinals and words like "current": "the sixth president of Greece". */
  static int skipDeterminers(TaggedSentence s, int k, List<TitlePhrase> phrases) {
    boolean determined = false;
    int adjectives = 0;
    while (s.inRange(k)) {
      int at = k;
      if (phrases.stream().anyMatch(p -> p.zoneBegin() == at)) {
        break;
      }
      int owner = s.afterCommonPossessor(k);
      if (owner > k) {
        determined = true; // "Jane Smith, the company's chief executive, said"
        k = owner;
        continue;
      }
      String w = s.lower(k);
      if (DETERMINERS.contains(w) || ORDINALS.contains(w) || s.pos(k).equals("JJS")) {
        determined |= ARTICLES.contains(w) || w.equals("its") || w.equals("his") || w.equals("her");
        k++;
      } else if (determined && DEGREE_ADVERBS.contains(w) && s.inRange(k + 1)
          && isAdjective(s, k + 1)) {
        k++; // "the most recent female MP"
      } else if (determined && adjectives < 2 && ageEnd(s, k) > k) {
        adjectives++; // "a 30-year-old musician"
        k = ageEnd(s, k);
      } else if (determined && adjectives < 2 && isAdjective(s, k)) {
        adjectives++; // "the straight-talking former head of …"
        k++;
        while (s.inRange(k + 1) && s.word(k).equals("-") && !s.isCapitalized(k + 1)) {
          k += 2; // "straight - talking" as the tokenizer splits it
        }
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * The title coordinated with {@code p}: "chairman and chief executive of GM", "the former Deputy
   * Secretary … and the former Chairman of …"; with {@code chain}, also a title right after it
   * ("a Harvard professor, former president of …").
   */
  static Optional<TitlePhrase> following(TaggedSentence s, List<TitlePhrase> phrases,
      TitlePhrase p, Set<TitlePhrase> taken, boolean chain) {
    int k = p.end();
    if (s.inRange(k) && s.lower(k).equals("and")) {
      return afterAnd(s, phrases, k, taken);
    }
    if (turned(s, p)) {
      return startingAt(phrases, k + 1, taken);
    }
    Optional<TitlePhrase> listed = nextInCommaLessList(s, phrases, p, taken)
        .or(() -> RunOnAppositive.nextCapitalized(s, phrases, p, taken));
    if (listed.isPresent()) {
      return listed;
    }
    if (!chain) {
      // a list after a verb: "is a singer, songwriter and guitarist"
      if (!s.inRange(k) || !s.word(k).equals(",")) {
        return Optional.empty();
      }
      return startingAt(phrases, skipDeterminers(s, k + 1, phrases), taken)
          .filter(n -> s.inRange(n.end()) && (s.word(n.end()).equals(",")
              || s.lower(n.end()).equals("and"))
              && s.spanStartingAt(n.end(), EntityType.PERSON).isEmpty());
    }
    if (s.inRange(k) && s.word(k).equals(",")) {
      k++;
    }
    Optional<TitlePhrase> next = startingAt(phrases, skipDeterminers(s, k, phrases), taken);
    // a title before a name is that name's ("…, Chancellor Gordon Brown")
    return next.filter(n -> !s.spanStartingAt(n.end(), EntityType.PERSON).isPresent()
        && (TitlePattern.endsAppositive(s, n.end()) || s.lower(n.end()).equals("and")));
  }

  /**
   * The next item of a list written without commas, as KBP-style text drops them: "a Spanish book
   * editor screenwriter film director and producer". Only lower-case titles that follow each
   * other word for word up to an "and" before a last title, so two nouns that merely meet are no
   * list.
   */
  private static Optional<TitlePhrase> nextInCommaLessList(TaggedSentence s,
      List<TitlePhrase> phrases, TitlePhrase p, Set<TitlePhrase> taken) {
    if (s.isCapitalized(p.titleBegin())) {
      return Optional.empty();
    }
    Optional<TitlePhrase> next = adjacentLowerCase(s, phrases, p.end(), taken);
    Optional<TitlePhrase> last = next;
    for (int items = 0; last.isPresent() && items < 8; items++) {
      int end = last.get().end();
      if (s.inRange(end) && s.lower(end).equals("and")) {
        return afterAnd(s, phrases, end, taken).isPresent() ? next : Optional.empty();
      }
      last = adjacentLowerCase(s, phrases, end, taken);
    }
    return Optional.empty();
  }

  private static Optional<TitlePhrase> adjacentLowerCase(TaggedSentence s,
      List<TitlePhrase> phrases, int k, Set<TitlePhrase> taken) {
    // past an untagged acronym that the title does not take: "painter TV presenter actress"
    int at = s.inRange(k) && isAcronym(s.word(k)) && !s.isEntity(k) ? k + 1 : k;
    return startingAt(phrases, at, taken).filter(n -> n.begin() == at && !s.isCapitalized(at)
        && n.complementOrg().isEmpty() && n.premodifierOrg().isEmpty());
  }

  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
  }

  /**
   * The title after the "and" at {@code and}: past determiners, and past a lower-case adjective or
   * two when there is none ("a singer-songwriter poet and visual artist").
   */
  private static Optional<TitlePhrase> afterAnd(TaggedSentence s, List<TitlePhrase> phrases,
      int and, Set<TitlePhrase> taken) {
    int k = skipDeterminers(s, and + 1, phrases);
    for (int adjectives = 0; k == and + 1 && adjectives < 2 && s.inRange(k + adjectives)
        && isAdjective(s, k + adjectives); adjectives++) {
      int at = k + adjectives + 1;
      Optional<TitlePhrase> found = startingAt(phrases, at, taken);
      if (found.isPresent()) {
        return found;
      }
    }
    return startingAt(phrases, k, taken);
  }

  /**
   * "a former child actor turned comedian": the title before "turned" is a former one, the title
   * after it the present one.
   */
  static boolean turned(TaggedSentence s, TitlePhrase p) {
    int k = p.end();
    return s.inRange(k + 1) && s.lower(k).equals("turned")
        && s.pos(k).startsWith("VB") && !s.isCapitalized(k + 1);
  }

  /** The token after an age written "30-year-old" (split by the tokenizer), else {@code k}. */
  private static int ageEnd(TaggedSentence s, int k) {
    if (!s.word(k).matches("\\d+")) {
      return k;
    }
    int end = HyphenatedWords.end(s, k);
    return end == k + 5 && s.lower(k + 2).startsWith("year") && s.lower(k + 4).equals("old")
        ? end : k;
  }

  private static boolean isAdjective(TaggedSentence s, int k) {
    String pos = s.pos(k);
    boolean hyphenated = s.inRange(k + 1) && s.word(k + 1).equals("-");
    return !s.isCapitalized(k) && !s.isEntity(k)
        && (pos.equals("JJ") || hyphenated && (pos.startsWith("NN") || pos.startsWith("RB")));
  }

  static Optional<TitlePhrase> startingAt(List<TitlePhrase> phrases, int k,
      Set<TitlePhrase> taken) {
    return phrases.stream().filter(p -> p.zoneBegin() == k && !taken.contains(p)).findFirst();
  }
}
