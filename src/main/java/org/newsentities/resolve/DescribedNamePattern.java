package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * A name described by a noun phrase that is no title, and then given one: "James Baker a longtime
 * family friend and chairman of the board of Texas Commerce Bank", "Dr. Steven T. DeKosky an
 * Alzheimer's researcher who is vice president and dean of the University of Virginia School of
 * Medicine", "Kevin C. Kiley a retired lieutenant general who was the Army's surgeon general". The
 * description opens with an article right after the name (or its comma) and runs over a few
 * adjectives and nouns; "and" and a title, or "who" and a verb group giving one, follow it. A title
 * inside the description after "retired" is a former one.
 */
final class DescribedNamePattern implements TitlePattern {

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final int MAX_WORDS = 6;

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (EntitySpan person : s.people()) {
      int k = s.afterName(person);
      if (s.inRange(k) && s.word(k).equals(",")) {
        k++;
      }
      if (!s.inRange(k) || !ARTICLES.contains(s.lower(k))) {
        continue;
      }
      List<TitlePhrase> inside = new ArrayList<>();
      int end = descriptionEnd(s, phrases, k + 1, inside);
      if (end < 0 || !s.inRange(end + 1)) {
        continue;
      }
      List<TitleLink> found = new ArrayList<>();
      if (s.lower(end).equals("and")) {
        int at = AppositivePattern.skipDeterminers(s, end + 1, phrases);
        Optional<TitlePhrase> title = AppositivePattern.startingAt(phrases, at, taken)
            .filter(p -> s.spanStartingAt(p.end(), EntityType.PERSON).isEmpty());
        title.ifPresent(p -> CopularPattern.addCoordinated(s, phrases, taken, person,
            new CopularPattern.Bridged(p, false), found, TitleLink.Pattern.APPOSITIVE));
      } else if (s.lower(end).equals("who")) {
        CopularPattern.bridge(s, end + 1, phrases, taken, false)
            .filter(b -> b.phrase().zoneBegin() > end)
            .ifPresent(b -> CopularPattern.addCoordinated(s, phrases, taken, person, b, found,
                TitleLink.Pattern.APPOSITIVE));
      }
      if (!found.isEmpty()) {
        for (TitlePhrase p : inside) {
          if (!taken.contains(p)) {
            boolean retired = p.begin() > 0 && s.lower(p.begin() - 1).equals("retired");
            links.add(new TitleLink(person, retired ? p.asFormer() : p,
                TitleLink.Pattern.APPOSITIVE));
          }
        }
        links.addAll(found);
      }
    }
    return links;
  }

  /**
   * The index of the "and" or "who" after a description starting at {@code from}, or -1; the
   * titles met on the way go to {@code inside}. A title phrase is passed whole.
   */
  private static int descriptionEnd(TaggedSentence s, List<TitlePhrase> phrases, int from,
      List<TitlePhrase> inside) {
    int k = from;
    int words = 0;
    while (s.inRange(k) && words < MAX_WORDS) {
      int at = k;
      Optional<TitlePhrase> phrase = phrases.stream().filter(p -> p.zoneBegin() == at).findFirst();
      if (phrase.isPresent()) {
        inside.add(phrase.get());
        k = phrase.get().end();
        words++;
        continue;
      }
      String w = s.lower(k);
      if (k > from && (w.equals("and") || w.equals("who"))) {
        return k;
      }
      if (!isDescriptionWord(s, k, from)) {
        return -1;
      }
      k++;
      words++;
    }
    return -1;
  }

  private static boolean isDescriptionWord(TaggedSentence s, int k, int from) {
    String pos = s.pos(k);
    if (s.is(k, EntityType.PERSON)) {
      return s.isPossessive(s.localEnd(s.span(k).get())); // "an Alzheimer 's researcher"
    }
    return pos.startsWith("JJ") || pos.startsWith("NN") && !pos.equals("NNP") && !pos.equals("NNPS")
        || pos.equals("NNP") && s.isEntity(k) || s.isPossessive(k) || pos.equals("HYPH")
        || s.word(k).equals("-") || pos.equals("CD") // "a one-time U.S. trade representative"
        || pos.equals("VBN") && k == from;
  }
}
