package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** Mentions and titles to add to people (by person id), and the titles nobody holds. */
  record Result(Map<String, List<Mention>> mentions, Map<String, List<Title>> titles,
      List<UnresolvedTitle> unresolved) {}

  Result resolve(List<TitlePhrase> bare, List<Person> people, ArticleContext context) {
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
      Optional<Person> holder = holder(p, org, people);
      if (holder.isPresent()) {
        mentions.computeIfAbsent(holder.get().id(), k -> new ArrayList<>()).add(m);
        continue;
      }
      // "The founder and former boss of Parmalat": the second title goes with the first
      Optional<Person> named = isLedeSubject(s, p) ? ledePerson(context)
          : coordinated && p.sentence() == 0 ? lede : Optional.empty();
      lede = named.isPresent() && p.sentence() == 0 ? named : lede;
      named = named.or(() -> governmentHolder(p, people, context));
      if (named.isPresent()) {
        String id = named.get().id();
        mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
        titles.computeIfAbsent(id, k -> new ArrayList<>()).add(new Title(p.title(), org,
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
    return context.sentence(1).spans().stream().filter(sp -> sp.type() == EntityType.PERSON)
        .findFirst().flatMap(sp -> context.personAt(sp.start()));
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

  /** The person holding the title nearest before the phrase, else the only holder. */
  private static Optional<Person> holder(TitlePhrase p, Optional<String> org, List<Person> people) {
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
    return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
  }

  /** "the chancellor" refers to "Chancellor of the Exchequer": its words are the title's. */
  private static boolean refersTo(TitlePhrase anaphor, Title title) {
    List<String> a = TitleMerger.words(anaphor.title());
    List<String> t = TitleMerger.words(title.title());
    List<String> head = anaphor.head().words();
    return !a.isEmpty() && t.containsAll(a) && t.containsAll(head);
  }
}
