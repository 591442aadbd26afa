package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * A title given by a verb: "X is the chairman of Y", "X, who is also deputy leader,", "X became
 * finance minister in 2004", "X was appointed chief executive", "X has served as ambassador".
 * Between the name and the title only the verb group may stand: auxiliaries, adverbs, "as", "who".
 * "formerly", "once", "previously" make the title a former one.
 */
final class CopularPattern implements TitlePattern {

  private static final Set<String> LINKING_LEMMAS = Set.of("be", "become", "remain", "serve", "act",
      "work", "appoint", "name", "elect", "re-elect", "reelect", "make", "promote", "choose",
      "install", "confirm", "nominate", "reappoint", "sworn", "swear", "stay", "take");
  private static final Set<String> BRIDGE_WORDS = Set.of(",", "who", "as", "to", "in", "over",
      "the", "a", "an", "its", "his", "her", "their", "now");
  static final Set<String> FORMER_ADVERBS = Set.of("formerly", "once", "previously");

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (EntitySpan person : s.spans()) {
      if (person.type() != EntityType.PERSON) {
        continue;
      }
      int k = s.localEnd(person);
      boolean verb = false;
      boolean former = false;
      Optional<TitlePhrase> found = Optional.empty();
      for (int steps = 0; s.inRange(k) && steps < 7; steps++, k++) {
        if (verb) {
          found = AppositivePattern.startingAt(phrases, k, taken);
          if (found.isPresent()) {
            break;
          }
        }
        String w = s.lower(k);
        String lemma = TitleLexicon.lower(s.token(k).lemma() == null ? w : s.token(k).lemma());
        boolean isVerb = (s.pos(k).startsWith("VB") || s.pos(k).equals("MD"));
        if (isVerb && LINKING_LEMMAS.contains(lemma)) {
          verb = true;
        } else if (FORMER_ADVERBS.contains(w)) {
          former = true;
        } else if (!(isVerb && (lemma.equals("have") || lemma.equals("will")))
            && !s.pos(k).startsWith("RB") && !s.pos(k).equals("MD")
            && !BRIDGE_WORDS.contains(w) && !AppositivePattern.ORDINALS.contains(w)
            && !s.pos(k).equals("JJS")) {
          break;
        }
      }
      if (found.isPresent() && !s.isPossessive(found.get().end())) {
        TitlePhrase p = found.get();
        links.add(new TitleLink(person, former ? asFormer(p) : p, TitleLink.Pattern.COPULAR));
      }
    }
    return links;
  }

  static TitlePhrase asFormer(TitlePhrase p) {
    return new TitlePhrase(p.sentence(), p.zoneBegin(), p.begin(), p.titleBegin(), p.headEnd(),
        p.titleEnd(), p.end(), p.title(), p.textStart(), p.titleStart(), p.titleEndChar(), true,
        p.head(), p.national(), p.premodifierOrg(), p.complementOrg(), p.hasDeterminer());
  }
}
