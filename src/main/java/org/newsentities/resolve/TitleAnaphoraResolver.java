package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsentities.config.Resources;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;
import org.newsentities.model.Mention;
import org.newsentities.model.Person;
import org.newsentities.model.Title;
import org.newsentities.model.UnresolvedTitle;

/**
 * Bare titles that stand for a person: "the chancellor said", "said the Spokeswoman", "a Foreign
 * Office spokesman". Only determined phrases count ("the", a possessive, an organization in front);
 * "as chancellor" and "the post of chancellor" are roles, not people. In this order:
 * <ol>
 *   <li>a named person holds that title: the phrase is one more mention of them (the nearest holder
 *       named before it, else the only one);
 *   <li>the article opens with it as the subject of its first sentence, the news lede ("The founder
 *       and former boss of Parmalat has apologised … Calisto Tanzi said …"): it is the first person
 *       named in the next sentence, and a title of theirs;
 *   <li>"the minister" after a person with a government office in the two sentences before ("…,
 *       Education Secretary Ruth Kelly has suggested. The minister also confirmed …"): a title of
 *       that person;
 *   <li>otherwise an unresolved title.
 * </ol>
 */
final class TitleAnaphoraResolver {

  private static final Set<String> ROLE_WORDS = Set.of("as", "of", "new", "next", "become",
      "became", "becomes", "named", "appointed", "elected");
  /** Bare heads that name any holder of a government office. */
  private static final Set<String> GENERIC_HEADS = Set.of("minister");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  /** Posts that speak or act for someone else: "the spokesman said" is not the man just named. */
  private static final Set<String> SPEAKS_FOR_OTHERS = Set.of("spokesman", "spokeswoman",
      "spokesperson", "official", "aide", "adviser", "advisor", "lawyer", "solicitor", "attorney");
  /** Words that make another post of a title: "the mayor" is not the Deputy Mayor. */
  private static final Set<String> LOWER_RANKS = Set.of("deputy", "vice", "assistant",
      "associate", "shadow", "junior", "under", "co");

  public static final String EQUIVALENTS = TitleLexicon.DIR + "equivalents.txt";

  /** Each head phrase (lower case) and the group of heads naming the same post. */
  private final Map<String, Set<String>> equivalents = new java.util.HashMap<>();

  TitleAnaphoraResolver() {
    this(Resources.lines(EQUIVALENTS));
  }

  TitleAnaphoraResolver(List<String> equivalentLines) {
    for (String line : equivalentLines) {
      Set<String> group = new java.util.HashSet<>();
      for (String head : line.split("\\|")) {
        group.add(String.join(" ", Names.tokens(head.strip())));
      }
      group.forEach(h -> equivalents.put(h, Set.copyOf(group)));
    }
  }

  /** Mentions and titles to add to people (by person id), and the titles nobody holds. */
  record Result(Map<String, List<Mention>> mentions, Map<String, List<Title>> titles,
      List<UnresolvedTitle> unresolved) {}

  /**
   * @param organizationOf the organization of a bare title that names a person, by the same
   *     evidence as for linked titles (its phrase, the sentence, the article)
   */
  Result resolve(List<TitlePhrase> bare, List<Person> people, ArticleContext context,
      java.util.function.Function<TitlePhrase, Optional<String>> organizationOf) {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Map<String, List<Title>> titles = new LinkedHashMap<>();
    List<UnresolvedTitle> unresolved = new ArrayList<>();
    String text = context.text();
    Optional<Person> lede = Optional.empty();
    for (TitlePhrase p : bare) {
      TaggedSentence s = context.sentence(p.sentence());
      boolean coordinated = p.zoneBegin() > 0 && s.lower(p.zoneBegin() - 1).equals("and");
      if (!(p.hasDeterminer() || coordinated) || isRole(s, p)) {
        continue;
      }
      Optional<String> org = p.org().flatMap(r -> context.name(r, s));
      Mention m = new Mention(text.substring(p.titleStart(), p.titleEndChar()), p.titleStart(),
          p.titleEndChar());
      Optional<Person> holder = holder(p, org, people, !AsRolePattern.afterLeaving(s, p));
      if (holder.isPresent()) {
        mentions.computeIfAbsent(holder.get().id(), k -> new ArrayList<>()).add(m);
        if (holder.get().titles().stream().noneMatch(t -> sameWords(p, t))) {
          // another name for the post ("City boss Kevin Keegan … the manager"): a title string
          // of its own, with the organization of the title it stands for
          Optional<String> heldOrg = org.or(() -> holder.get().titles().stream()
              .map(Title::organization).flatMap(Optional::stream).findFirst())
              .or(() -> organizationOf.apply(p));
          titles.computeIfAbsent(holder.get().id(), k -> new ArrayList<>()).add(new Title(
              p.title(), heldOrg, p.former(), text.substring(p.textStart(), p.titleEndChar()),
              p.textStart(), p.titleEndChar()));
        }
        continue;
      }
      // "The founder and former boss of Parmalat": the second title goes with the first
      Optional<Person> named = isLedeSubject(s, p) ? ledePerson(context)
          : coordinated && p.sentence() == 0 ? lede : Optional.empty();
      lede = named.isPresent() && p.sentence() == 0 ? named : lede;
      named = named.or(() -> governmentHolder(p, people, context))
          .or(() -> ledeNewcomer(p, people, context))
          .or(() -> soleRecentPerson(p, people, titles, context));
      if (named.isPresent()) {
        String id = named.get().id();
        mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
        titles.computeIfAbsent(id, k -> new ArrayList<>()).add(new Title(p.title(),
            org.or(() -> organizationOf.apply(p)),
            p.former(), text.substring(p.textStart(), p.titleEndChar()), p.textStart(),
            p.titleEndChar()));
      } else if (p.hasDeterminer()) {
        unresolved.add(new UnresolvedTitle(p.title(), org, m.text(), m.start(), m.end()));
      }
    }
    return new Result(mentions, titles, unresolved);
  }

  private static boolean isRole(TaggedSentence s, TitlePhrase p) {
    int before = p.zoneBegin() - 1;
    if (before >= 0 && s.lower(before).equals("the")) {
      before--;
    }
    return before >= 0 && ROLE_WORDS.contains(s.lower(before));
  }

  /** The phrase opens the article's first sentence: "The new health minister for Wales says …". */
  private static boolean isLedeSubject(TaggedSentence s, TitlePhrase p) {
    int start = p.zoneBegin();
    while (start > 0 && (s.lower(start - 1).equals("the") || s.pos(start - 1).equals("JJ"))) {
      start--;
    }
    return p.sentence() == 0 && start == 0 && s.inRange(p.end())
        && !s.spanStartingAt(p.end(), EntityType.PERSON).isPresent();
  }

  /** The first person named in the second sentence. */
  private static Optional<Person> ledePerson(ArticleContext context) {
    if (context.sentences().size() < 2) {
      return Optional.empty();
    }
    return context.sentence(1).people().stream()
        .findFirst().flatMap(sp -> context.personAt(sp.start()));
  }

  /**
   * A title in the lede that the next sentence names ("… according to his former chief economic
   * adviser. Formerly one of Mr Brown's closest aides, Ed Balls …"; "… following the departure of
   * its chief executive. Paul Tellier, …"): the first person of the second sentence whom the first
   * does not name — the second one when the lede's subject is itself an unnamed person ("The
   * creator of Brookside has written to the culture minister. Phil Redmond … told Tessa Jowell").
   */
  private static Optional<Person> ledeNewcomer(TitlePhrase p, List<Person> people,
      ArticleContext context) {
    TaggedSentence s = context.sentence(p.sentence());
    if (p.sentence() != 0 || context.sentences().size() < 2 || !p.hasDeterminer()
        || s.spanStartingAt(p.end(), EntityType.PERSON).isPresent()) {
      return Optional.empty();
    }
    List<Person> newcomers = new ArrayList<>();
    for (EntitySpan span : context.sentence(1).spans()) {
      Optional<Person> person = span.type() == EntityType.PERSON
          ? context.personAt(span.start()) : Optional.empty();
      if (person.isPresent() && !newcomers.contains(person.get())
          && person.get().mentions().stream().noneMatch(m -> sentenceOf(context, m.start()) == 0)) {
        newcomers.add(person.get());
      }
    }
    int index = unnamedSubject(s, p) ? 1 : 0;
    return newcomers.size() > index ? Optional.of(newcomers.get(index)) : Optional.empty();
  }

  /** The sentence opens with a determined lower-case noun that is not this title: "The creator". */
  private static boolean unnamedSubject(TaggedSentence s, TitlePhrase p) {
    return p.zoneBegin() > 2 && s.size() > 2 && DETERMINERS.contains(s.lower(0))
        && !s.isEntity(1) && !s.isCapitalized(1) && s.pos(1).startsWith("NN");
  }

  /**
   * "Ken Livingstone has brought his office into disrepute. The probe follows the London mayor's
   * comments": a determined title that nobody holds, where the sentence before names one person
   * only, this one names nobody before the title, and that person has no title yet. A person named
   * earlier in the same sentence is someone else ("According to Mr Peston the prime minister said"):
   * a writer refers back within a sentence with a pronoun, not with a description.
   */
  private static Optional<Person> soleRecentPerson(TitlePhrase p, List<Person> people,
      Map<String, List<Title>> added, ArticleContext context) {
    TaggedSentence s = context.sentence(p.sentence());
    if (p.sentence() == 0 || p.zoneBegin() == 0 || !s.lower(p.zoneBegin() - 1).equals("the")
        || SPEAKS_FOR_OTHERS.contains(Names.key(String.join(" ", p.head().words())))) {
      return Optional.empty();
    }
    TaggedSentence previous = context.sentence(p.sentence() - 1);
    int from = previous.size() > 0 ? previous.token(0).start() : p.titleStart();
    int sentenceStart = s.token(0).start();
    Person sole = null;
    for (Person person : people) {
      for (Mention m : person.mentions()) {
        if (m.start() >= sentenceStart && m.start() < p.textStart()) {
          return Optional.empty();
        }
        if (m.start() >= from && m.start() < p.textStart()) {
          if (sole != null && sole != person) {
            return Optional.empty();
          }
          sole = person;
        }
      }
    }
    if (sole == null || !sole.titles().isEmpty() || added.containsKey(sole.id())
        || sharesSurname(sole, people)) {
      return Optional.empty();
    }
    return Optional.of(sole);
  }

  /** "Mr Howard" in an article with Michael Howard and John Howard: not a safe antecedent. */
  private static boolean sharesSurname(Person person, List<Person> people) {
    List<String> name = Names.tokens(person.name());
    if (name.isEmpty()) {
      return false;
    }
    String surname = name.get(name.size() - 1);
    return people.stream().filter(o -> o != person).map(o -> Names.tokens(o.name()))
        .anyMatch(o -> !o.isEmpty() && o.get(o.size() - 1).equals(surname));
  }

  /** "the minister": the last person named with a government office in this or two sentences. */
  private static Optional<Person> governmentHolder(TitlePhrase p, List<Person> people,
      ArticleContext context) {
    if (!GENERIC_HEADS.contains(Names.key(p.title()))) {
      return Optional.empty();
    }
    Person best = null;
    int bestStart = -1;
    for (Person person : people) {
      boolean official = person.titles().stream().anyMatch(TitleAnaphoraResolver::isGovernmentOffice);
      for (Mention m : person.mentions()) {
        int sentence = sentenceOf(context, m.start());
        if (official && m.start() < p.titleStart() && sentence >= p.sentence() - 2
            && m.start() > bestStart) {
          best = person;
          bestStart = m.start();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isGovernmentOffice(Title t) {
    List<String> words = Names.tokens(t.title());
    return words.contains("minister") || words.contains("secretary");
  }

  private static int sentenceOf(ArticleContext context, int offset) {
    for (TaggedSentence s : context.sentences()) {
      if (s.size() > 0 && offset < s.token(s.size() - 1).end()) {
        return s.index();
      }
    }
    return context.sentences().size() - 1;
  }

  /**
   * The person holding the title nearest before the phrase, else the only holder ({@code
   * onlyHolder}: not for "the departure of its chief executive", who is not the successor named
   * later).
   */
  private Optional<Person> holder(TitlePhrase p, Optional<String> org, List<Person> people,
      boolean onlyHolder) {
    Person nearest = null;
    int nearestStart = -1;
    List<Person> holders = new ArrayList<>();
    for (Person person : people) {
      Optional<Title> held = person.titles().stream()
          .filter(t -> refersTo(p, t) && (org.isEmpty() || org.equals(t.organization())))
          .findFirst();
      if (held.isEmpty()) {
        continue;
      }
      holders.add(person);
      for (Mention m : person.mentions()) {
        if (m.start() < p.titleStart() && m.start() > nearestStart) {
          nearest = person;
          nearestStart = m.start();
        }
      }
    }
    if (nearest != null) {
      return Optional.of(nearest);
    }
    return holders.size() == 1 && onlyHolder ? Optional.of(holders.get(0)) : Optional.empty();
  }

  private static boolean sameWords(TitlePhrase anaphor, Title title) {
    List<String> a = TitleMerger.words(anaphor.title());
    List<String> t = TitleMerger.words(title.title());
    return !a.isEmpty() && t.containsAll(a) && t.containsAll(anaphor.head().words())
        && t.stream().noneMatch(w -> LOWER_RANKS.contains(w) && !a.contains(w));
  }

  /**
   * "the chancellor" refers to "Chancellor of the Exchequer": its words are the title's; "the
   * manager" refers to "boss": the heads name the same post (models/titles/equivalents.txt).
   */
  private boolean refersTo(TitlePhrase anaphor, Title title) {
    if (sameWords(anaphor, title)) {
      return true;
    }
    List<String> a = TitleMerger.words(anaphor.title());
    List<String> head = anaphor.head().words();
    String anaphorHead = String.join(" ", head);
    Set<String> same = equivalents.getOrDefault(anaphorHead, Set.of());
    String titleWords = " " + String.join(" ", Names.tokens(title.title())) + " ";
    return a.size() == head.size() && same.stream()
        .anyMatch(h -> !h.equals(anaphorHead) && titleWords.endsWith(" " + h + " "));
  }
}
