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

  /** Words in front of a title that let it stand in apposition before a name. */
  private static final Set<String> LOOSE_DETERMINERS = Set.of("a", "an", "as");
  /** Kin and friends, who are no title: "… and nephew Francesco Trapani". */
  private static final Set<String> KIN = Set.of("son", "daughter", "wife", "husband", "brother",
      "sister", "father", "mother", "nephew", "niece", "cousin", "grandson", "granddaughter",
      "uncle", "aunt", "widow", "friend", "partner", "girlfriend", "boyfriend");

  @Override
  public List<TitleLink> find(TaggedSentence s, List<TitlePhrase> phrases, Set<TitlePhrase> taken) {
    List<TitleLink> links = new ArrayList<>();
    for (TitlePhrase p : phrases) {
      if (taken.contains(p)) {
        continue;
      }
      int k = p.end();
      while (s.inRange(k) && (HONORIFICS.contains(s.lower(k)) || s.isHonorific(k))) {
        k++;
      }
      boolean atTheTime = atTheTime(s, k);
      if (atTheTime) {
        k += 3; // "Iceland's prime minister at the time Geir Haarde": a former role
      }
      Optional<EntitySpan> person = s.spanStartingAt(k, EntityType.PERSON)
          .or(() -> atTheTime ? Optional.empty() : afterCoordination(s, phrases, p.end()))
          .or(() -> nameAfterOrganization(s, phrases, p));
      if (person.isPresent()) {
        links.add(new TitleLink(person.get(), atTheTime ? p.asFormer() : p,
            TitleLink.Pattern.PREMODIFIER));
        secondOfPlural(s, p, person.get()).ifPresent(second -> links.add(
            new TitleLink(second, p, TitleLink.Pattern.PREMODIFIER)));
        continue;
      }
      boolean determined = p.hasDeterminer() || looselyDetermined(s, p.zoneBegin());
      k = pastUnnamedComplement(s, k);
      if (determined && s.inRange(k) && s.word(k).equals(",")) {
        Optional<EntitySpan> named = s.spanStartingAt(nameAfterTitle(s, phrases, k + 1),
            EntityType.PERSON);
        if (named.isPresent() && TitlePattern.endsAppositive(s, s.localEnd(named.get()))) {
          links.add(new TitleLink(named.get(), p, TitleLink.Pattern.REVERSED_APPOSITIVE));
        }
      }
    }
    return links;
  }

  /**
   * Past an "of"-phrase that names no organization, up to a comma: "the chairman | of the working
   * party | , Ambassador Stefan Johannesson"; else {@code k}.
   */
  private static int pastUnnamedComplement(TaggedSentence s, int k) {
    if (!s.inRange(k) || !s.lower(k).equals("of")) {
      return k;
    }
    int j = k + 1;
    if (s.inRange(j) && (s.lower(j).equals("the") || s.lower(j).equals("a"))) {
      j++;
    }
    int words = 0;
    while (s.inRange(j) && words < 4 && !s.isCapitalized(j) && !s.isEntity(j)
        && (s.pos(j).startsWith("NN") || s.pos(j).startsWith("JJ") || s.pos(j).equals("VBG"))) {
      j++;
      words++;
    }
    return words > 0 && s.inRange(j) && s.word(j).equals(",") ? j : k;
  }

  /**
   * Where the name starts after the comma of a reversed appositive: past a title of its own and an
   * honorific, "the chairman of the working party, Ambassador Stefan Johannesson of Iceland,".
   */
  private static int nameAfterTitle(TaggedSentence s, List<TitlePhrase> phrases, int k) {
    int at = k;
    int name = phrases.stream().filter(q -> q.zoneBegin() == at && q.begin() == at)
        .mapToInt(TitlePhrase::end).findFirst().orElse(k);
    while (s.inRange(name) && HONORIFICS.contains(s.lower(name))) {
      name++;
    }
    return name;
  }

  /**
   * The second name after a plural title, "Senators Lamar Alexander and Bob Corker": the phrase
   * gives the singular ("Senator"), and its last token goes on past the title's text.
   */
  private static Optional<EntitySpan> secondOfPlural(TaggedSentence s, TitlePhrase p,
      EntitySpan first) {
    boolean plural = p.titleEndChar() < s.token(p.titleEnd() - 1).end();
    int and = s.localEnd(first);
    if (!plural || !s.namesJoinedFrom(s.localBegin(first))) {
      return Optional.empty();
    }
    return s.spanStartingAt(and + 1, EntityType.PERSON);
  }

  /**
   * The name after a determined title and its organization, without a comma, as run-on text has
   * it: "the commander of the Fifth Air Force Lieutenant General George Kenney asked" (past a
   * military rank, which takes no organization of its own), "The coach
   * of the Colorado Rapids Gary Smith stated" (a capitalized word or two may finish the
   * organization's name that the tagger cut short).
   */
  private static Optional<EntitySpan> nameAfterOrganization(TaggedSentence s,
      List<TitlePhrase> phrases, TitlePhrase p) {
    if (p.complementOrg().isEmpty() || !p.hasDeterminer()) {
      return Optional.empty();
    }
    int k = p.end();
    int at = k;
    Optional<TitlePhrase> rank = phrases.stream().filter(q -> q.zoneBegin() == at
        && q.begin() == at && s.isCapitalized(q.titleBegin())
        && "military".equals(q.head().kind())).findFirst();
    if (rank.isPresent()) {
      k = rank.get().end();
    } else {
      while (k < at + 2 && s.inRange(k) && s.isCapitalized(k) && !s.isEntity(k)
          && s.pos(k).startsWith("NNP")) {
        k++;
      }
      if (k == at) {
        return Optional.empty();
      }
    }
    return s.spanStartingAt(k, EntityType.PERSON)
        .filter(person -> TitlePattern.endsAppositive(s, s.localEnd(person)));
  }

  private static boolean atTheTime(TaggedSentence s, int k) {
    return s.inRange(k + 2) && s.lower(k).equals("at") && s.lower(k + 1).equals("the")
        && s.lower(k + 2).equals("time");
  }

  /** "a state appointed administrator", "as CEO": an article a few modifiers before the title. */
  private static boolean looselyDetermined(TaggedSentence s, int zoneBegin) {
    for (int k = zoneBegin - 1; k >= Math.max(0, zoneBegin - 4); k--) {
      if (LOOSE_DETERMINERS.contains(s.lower(k))) {
        return true;
      }
      String pos = s.pos(k);
      if (s.isEntity(k) || !(pos.startsWith("JJ") || pos.equals("VBN") || pos.startsWith("NN"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "UCLA professor and national security expert Amy Zegart", "chairman and chief executive John
   * Smith", "Palestinian President and Fatah leader Mahmoud Abbas": the name after a coordinated
   * description. At least one word other than an honorific must stand between "and" and the name
   * ("the chairman and John Smith", "the prime minister and Mr Brown" are two people).
   */
  private static Optional<EntitySpan> afterCoordination(TaggedSentence s,
      List<TitlePhrase> phrases, int end) {
    if (!s.inRange(end) || !s.lower(end).equals("and")) {
      return Optional.empty();
    }
    boolean described = false;
    for (int j = end + 1; j < Math.min(s.size(), end + 7); j++) {
      Optional<EntitySpan> person = s.spanStartingAt(j, EntityType.PERSON);
      if (person.isPresent()) {
        int name = j;
        // the second conjunct is a description too: a title or a lower-case noun ends at the name
        // ("the Department of the Prime Minister and Cabinet Maarten Wevers" is not Wevers' post)
        boolean titled = phrases.stream().anyMatch(q -> q.zoneBegin() > end && q.end() == name)
            || !s.isCapitalized(name - 1) && s.pos(name - 1).startsWith("NN");
        return described && titled ? person : Optional.empty();
      }
      if (KIN.contains(s.lower(j))) {
        return Optional.empty(); // "Vice-Chairman of the company and nephew Francesco Trapani"
      }
      described |= !s.isHonorific(j);
      String pos = s.pos(j);
      boolean orgWord = s.is(j, EntityType.ORGANIZATION) || s.is(j, EntityType.MISC);
      if (s.isEntity(j) && !orgWord || !(pos.startsWith("NN") || pos.startsWith("JJ"))) {
        return Optional.empty(); // an organization may stand in it: "President and Fatah leader"
      }
    }
    return Optional.empty();
  }
}
