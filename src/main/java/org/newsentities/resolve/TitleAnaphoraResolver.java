package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsentities.model.Mention;
import org.newsentities.model.Person;
import org.newsentities.model.Title;
import org.newsentities.model.UnresolvedTitle;

/**
 * Bare titles that stand for a person: "the chancellor said", "said the Spokeswoman", "a Foreign
 * Office spokesman". When a named person of the article holds that title, the phrase is one more
 * mention of them (the nearest holder named before it, else the only one); when nobody does, it is
 * an unresolved title. Only determined phrases count ("the", a possessive, an organization in
 * front); "as chancellor" and "the post of chancellor" are roles, not people.
 */
final class TitleAnaphoraResolver {

  private static final Set<String> ROLE_WORDS = Set.of("as", "of", "new", "next", "become",
      "became", "becomes", "named", "appointed", "elected");

  /** Mentions to add to people (by person id), and the titles nobody holds. */
  record Result(Map<String, List<Mention>> mentions, List<UnresolvedTitle> unresolved) {}

  Result resolve(List<TitlePhrase> bare, List<Person> people, ArticleContext context) {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    List<UnresolvedTitle> unresolved = new ArrayList<>();
    String text = context.text();
    for (TitlePhrase p : bare) {
      if (!p.hasDeterminer() || isRole(context.sentence(p.sentence()), p)) {
        continue;
      }
      Optional<String> org = p.org().flatMap(r -> context.name(r, context.sentence(p.sentence())));
      Optional<Person> holder = holder(p, org, people);
      Mention m = new Mention(text.substring(p.titleStart(), p.titleEndChar()), p.titleStart(),
          p.titleEndChar());
      if (holder.isPresent()) {
        mentions.computeIfAbsent(holder.get().id(), k -> new ArrayList<>()).add(m);
      } else {
        unresolved.add(new UnresolvedTitle(p.title(), org, m.text(), m.start(), m.end()));
      }
    }
    return new Result(mentions, unresolved);
  }

  private static boolean isRole(TaggedSentence s, TitlePhrase p) {
    int before = p.zoneBegin() - 1;
    if (before >= 0 && s.lower(before).equals("the")) {
      before--;
    }
    return before >= 0 && ROLE_WORDS.contains(s.lower(before));
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
