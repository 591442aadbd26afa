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
      "their", "now", "also", "then");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth",
      "sixth", "seventh", "eighth", "ninth", "tenth", "current", "new", "incumbent", "sitting");

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (EntitySpan person : s.spans()) {
      if (person.type() != EntityType.PERSON) {
        continue;
      }
      int k = s.localEnd(person);
      if (!s.inRange(k)) {
        continue;
      }
      if (s.word(k).equals(",") || s.lower(k).equals("(") || s.lower(k).equals("-lrb-")) {
        k++;
        if (s.inRange(k + 1) && s.pos(k).equals("CD") && s.word(k + 1).equals(",")) {
          k += 2; // an age: "John Smith, 52, ..."
        }
      } else if (!ARTICLES.contains(s.lower(k))) {
        continue; // without a comma only with an article: "Martin Feldstein a Harvard professor"
      }
      k = skipDeterminers(s, k);
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

  /** Past determiners, ordinals and words like "current": "the sixth president of Greece". */
  static int skipDeterminers(TaggedSentence s, int k) {
    while (s.inRange(k) && (DETERMINERS.contains(s.lower(k)) || ORDINALS.contains(s.lower(k))
        || s.pos(k).equals("JJS"))) {
      k++;
    }
    return k;
  }

  static Optional<TitlePhrase> startingAt(List<TitlePhrase> phrases, int k,
      Set<TitlePhrase> taken) {
    return phrases.stream().filter(p -> p.zoneBegin() == k && !taken.contains(p)).findFirst();
  }
}
