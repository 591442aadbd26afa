package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.Honorifics;

/**
 * A member's post written after the name with no comma, as British news does: "Margaret Moran MP",
 * "Richard Corbett MEP". Only the abbreviations of elected members, in capitals, since any other
 * word after a name starts the rest of the sentence.
 */
final class PostnominalPattern implements TitlePattern {

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (EntitySpan person : s.people()) {
      int k = s.localEnd(person);
      AppositivePattern.startingAt(phrases, k, taken)
          .filter(p -> p.begin() == k && p.titleEnd() == k + 1 && isPostnominal(s.word(k)))
          .ifPresent(p -> links.add(new TitleLink(person, p, TitleLink.Pattern.POSTNOMINAL)));
    }
    return links;
  }

  private static boolean isPostnominal(String word) {
    return Honorifics.SEATS_AFTER_NAME.contains(word); // as written: "MP", not "Mp"
  }
}
