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
 * "Jane Doe (spokeswoman)"; coordinated titles share the name and the organization: "X, chairman
 * and chief executive of GM".
 */
final class AppositivePattern implements TitlePattern {

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her",
      "their", "now", "also");

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (EntitySpan person : s.spans()) {
      if (person.type() != EntityType.PERSON) {
        continue;
      }
      int k = s.localEnd(person);
      if (!s.inRange(k) || !(s.word(k).equals(",") || s.lower(k).equals("(")
          || s.lower(k).equals("-lrb-"))) {
        continue;
      }
      k++;
      if (s.inRange(k + 1) && s.pos(k).equals("CD") && s.word(k + 1).equals(",")) {
        k += 2; // an age: "John Smith, 52, ..."
      }
      while (s.inRange(k) && DETERMINERS.contains(s.lower(k))) {
        k++;
      }
      Optional<TitlePhrase> first = startingAt(phrases, k, taken);
      while (first.isPresent()) {
        TitlePhrase p = first.get();
        int after = p.end();
        if (s.spanStartingAt(after, EntityType.PERSON).isPresent()) {
          break; // "Blair, Chancellor Gordon Brown": the title is Brown's
        }
        Optional<TitlePhrase> next = s.inRange(after) && s.lower(after).equals("and")
            ? startingAt(phrases, after + 1, taken) : Optional.empty();
        if (next.isEmpty() && !TitlePattern.endsAppositive(s, after)) {
          break;
        }
        links.add(new TitleLink(person, p, TitleLink.Pattern.APPOSITIVE));
        first = next;
      }
    }
    return links;
  }

  static Optional<TitlePhrase> startingAt(List<TitlePhrase> phrases, int k,
      Set<TitlePhrase> taken) {
    return phrases.stream().filter(p -> p.zoneBegin() == k && !taken.contains(p)).findFirst();
  }
}
