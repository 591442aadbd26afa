package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * A role given by a verb with an organization as its object: "X, who heads the IMF" → head of the
 * IMF, "X leads the Conservative Party" → leader, "X, who founded Microsoft" → founder. The verbs
 * and the titles they give are in {@code models/titles/role-verbs.tsv}; a past tense makes the role
 * former ("X, who chaired the BBC"), except for founding.
 */
final class RoleVerbPattern implements TitlePattern {

  private static final Set<String> PERMANENT = Set.of("found", "co-found");

  private final Map<String, String> titleByLemma;

  RoleVerbPattern(Map<String, String> titleByLemma) {
    this.titleByLemma = Map.copyOf(titleByLemma);
  }

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (EntitySpan person : s.people()) {
      int k = s.afterAge(s.localEnd(person));
      if (s.inRange(k) && s.word(k).equals(",")) {
        k++;
      }
      if (s.inRange(k) && s.lower(k).equals("who")) {
        k++;
      }
      while (s.inRange(k) && s.pos(k).startsWith("RB")) {
        k++;
      }
      if (!s.inRange(k) || !(s.pos(k).equals("VBZ") || s.pos(k).equals("VBD")
          || s.pos(k).equals("VBP"))) {
        continue;
      }
      String lemma = TitleLexicon.lower(s.token(k).lemma() == null ? s.word(k) : s.token(k).lemma());
      String title = titleByLemma.get(lemma);
      if (title == null) {
        continue;
      }
      int objectStart = s.inRange(k + 1) && s.lower(k + 1).equals("the") ? k + 2 : k + 1;
      Optional<EntitySpan> org = s.spanStartingAt(objectStart, EntityType.ORGANIZATION);
      if (org.isEmpty()) {
        continue;
      }
      int orgEnd = s.localEnd(org.get());
      if (s.inRange(orgEnd) && s.pos(orgEnd).startsWith("NN")) {
        continue; // "heads the UN delegation" is no post at the UN
      }
      boolean former = s.pos(k).equals("VBD") && !PERMANENT.contains(lemma);
      var verb = s.token(k);
      OrgRef ref = new OrgRef(OrgRef.Kind.ORGANIZATION, s.localBegin(org.get()), orgEnd,
          org.get().text(), Optional.empty());
      TitleLexicon.Head head = new TitleLexicon.Head(List.of(title), "role", Set.of());
      TitlePhrase phrase = new TitlePhrase(s.index(), k, k, k, k + 1, k + 1, orgEnd, title,
          verb.start(), verb.start(), verb.end(), former, head, false, Optional.empty(),
          Optional.of(ref), false);
      links.add(new TitleLink(person, phrase, TitleLink.Pattern.ROLE_VERB));
    }
    return links;
  }
}
