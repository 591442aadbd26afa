package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * A role after "as" that a noun, not a verb, introduces; the holder is the noun's possessor or its
 * "of" object: "Eddie McGuire's appointment as CEO of the Nine Network", "the introduction of
 * Pinto da Costa as chairman", "on his first day as home secretary", "his role as the producer
 * of …". "his" and "her" stand for the nearest name before them in the sentence. Nouns of leaving
 * ("resignation as", "departure as") and of a time gone by ("his years as") make the role former.
 */
final class AsRolePattern implements TitlePattern {

  private static final Set<String> PRONOUNS = Set.of("his", "her");
  /** Nouns after which the role had ended. */
  private static final Set<String> ENDED = Set.of("resignation", "departure", "exit",
      "retirement", "ouster", "dismissal", "sacking", "removal", "years", "tenure", "stint",
      "spell", "days");
  private static final int MAX_WORDS = 3;

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (int as = 1; as < s.size(); as++) {
      if (!s.lower(as).equals("as") || s.pos(as - 1).startsWith("VB")) {
        continue; // after a verb, CopularPattern's "joined as", "resigned as"
      }
      int role = AppositivePattern.skipDeterminers(s, as + 1, phrases);
      Optional<TitlePhrase> found = AppositivePattern.startingAt(phrases, role, taken)
          .filter(p -> s.spanStartingAt(p.end(), EntityType.PERSON).isEmpty());
      if (found.isEmpty()) {
        continue;
      }
      holder(s, as).ifPresent(h -> links.add(new TitleLink(h.person(),
          h.ended() ? found.get().asFormer() : found.get(), TitleLink.Pattern.COPULAR)));
    }
    return links;
  }

  private record Holder(EntitySpan person, boolean ended) {}

  /** "the departure of its chief executive": a noun of leaving, "of" and a determiner before. */
  static boolean afterLeaving(TaggedSentence s, TitlePhrase p) {
    int k = p.zoneBegin() - 1;
    if (k >= 0 && (s.lower(k).equals("the") || s.pos(k).equals("PRP$"))) {
      k--;
    }
    return k >= 1 && s.lower(k).equals("of") && ENDED.contains(s.lower(k - 1));
  }

  /**
   * Who the noun before the "as" at {@code as} belongs to: "NAME 's NOUN as", "NOUN of NAME as",
   * "his NOUN as"; a few lower-case words may stand in the noun group ("his first day as").
   */
  private static Optional<Holder> holder(TaggedSentence s, int as) {
    Optional<EntitySpan> object = s.personEndingAt(as);
    if (object.isPresent()) {
      int of = s.localBegin(object.get()) - 1;
      boolean nounOf = s.inRange(of - 1) && s.lower(of).equals("of")
          && s.pos(of - 1).startsWith("NN") && !s.isCapitalized(of - 1);
      return nounOf ? Optional.of(new Holder(object.get(), ENDED.contains(s.lower(of - 1))))
          : Optional.empty(); // "the introduction of Pinto da Costa as chairman"
    }
    int k = as - 1;
    int words = 0;
    boolean ended = false;
    while (k >= 0 && words < MAX_WORDS && !s.isCapitalized(k) && !s.isEntity(k)
        && (s.pos(k).startsWith("NN") || s.pos(k).equals("JJ") || s.pos(k).equals("CD"))) {
      ended |= words == 0 && ENDED.contains(s.lower(k));
      words++;
      k--;
    }
    if (words == 0 || k < 0 || !s.pos(as - 1).startsWith("NN")) {
      return Optional.empty();
    }
    boolean possessed = ended;
    if (s.isPossessive(k)) {
      return s.personEndingAt(k).map(p -> new Holder(p, possessed)); // "McGuire 's appointment"
    }
    if (PRONOUNS.contains(s.lower(k))) {
      return nearestBefore(s, k).map(p -> new Holder(p, possessed)); // "his first day as"
    }
    return Optional.empty();
  }

  private static Optional<EntitySpan> nearestBefore(TaggedSentence s, int k) {
    return s.people().stream().filter(p -> s.localEnd(p) <= k)
        .reduce((a, b) -> s.localBegin(b) > s.localBegin(a) ? b : a);
  }
}
