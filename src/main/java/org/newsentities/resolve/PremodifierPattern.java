package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * A title right in front of a name: "Acting Coordinator for Counterterrorism Christopher Landberg",
 * "US Department of State Acting Coordinator … Christopher Landberg", "GM chief executive Rick
 * Wagoner", "Prime Minister Mr Blair"; and the reversed appositive "the home secretary, Charles
 * Clarke," when the title is determined and the name ends the apposition.
 */
final class PremodifierPattern implements TitlePattern {

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (TitlePhrase p : phrases) {
      if (taken.contains(p)) {
        continue;
      }
      int k = p.end();
      while (s.inRange(k) && HONORIFICS.contains(s.lower(k))) {
        k++;
      }
      Optional<EntitySpan> person = s.spanStartingAt(k, EntityType.PERSON);
      if (person.isPresent()) {
        links.add(new TitleLink(person.get(), p, TitleLink.Pattern.PREMODIFIER));
        continue;
      }
      if (p.hasDeterminer() && s.inRange(k) && s.word(k).equals(",")) {
        Optional<EntitySpan> named = s.spanStartingAt(k + 1, EntityType.PERSON);
        if (named.isPresent() && TitlePattern.endsAppositive(s, s.localEnd(named.get()))) {
          links.add(new TitleLink(named.get(), p, TitleLink.Pattern.REVERSED_APPOSITIVE));
        }
      }
    }
    return links;
  }
}
