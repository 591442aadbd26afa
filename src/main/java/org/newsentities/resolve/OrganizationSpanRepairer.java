package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * Repairs the edges of organization mentions where news text regularly misleads the tagger, and
 * adds the legislatures it leaves untagged:
 * <ul>
 *   <li>a party name cut in two: "Liberal [Democrat] leader" is the Liberal Democrats, not the
 *       Democratic Party;
 *   <li>members or a medium after the name: "[Labour MPs]" is Labour, "[BBC News website]" is BBC
 *       News;
 *   <li>"Parliament", "the Commons", "Congress" written alone, which the tagger leaves out or calls
 *       a place.
 * </ul>
 */
final class OrganizationSpanRepairer {

  /** Members of a party or body, written after its name, as written ("Social Workers" is a name). */
  private static final Set<String> MEMBERS = Set.of("MPs", "MEPs", "MSPs", "AMs", "MLAs", "peers",
      "supporters", "members", "voters", "activists", "councillors", "candidates", "backbenchers",
      "rebels", "officials", "workers", "fans", "staff", "delegates");
  /** A medium of an organization, written in lower case after its name ("Sky Channel" is a name). */
  private static final Set<String> MEDIA = Set.of("website", "site", "programme", "program",
      "show", "bulletin", "newspaper", "magazine", "channel", "podcast");
  /** Legislatures named by one capitalized word. */
  private static final Set<String> LEGISLATURES = Set.of("Parliament", "Commons", "Congress");

  private final OrganizationLexicon organizations;

  OrganizationSpanRepairer(OrganizationLexicon organizations) {
    this.organizations = organizations;
  }

  List<EntitySpan> repair(String text, List<TaggedSentence> sentences) {
    List<EntitySpan> result = new ArrayList<>();
    for (TaggedSentence s : sentences) {
      for (EntitySpan span : s.spans()) {
        if (span.type() == EntityType.ORGANIZATION) {
          result.add(edgesRepaired(text, s, span));
        } else if (!(span.type() == EntityType.LOCATION && isLegislature(s, s.localBegin(span))
            && s.localEnd(span) == s.localBegin(span) + 1)) {
          result.add(span);
        }
      }
      for (int k = 0; k < s.size(); k++) {
        if (isLegislature(s, k) && !s.is(k, EntityType.ORGANIZATION)
            && !s.is(k, EntityType.PERSON) && (!s.isEntity(k) || s.is(k, EntityType.LOCATION)
                && s.span(k).map(sp -> s.localEnd(sp) - s.localBegin(sp) == 1).orElse(false))) {
          result.add(MentionRepairer.span(text, s, EntityType.ORGANIZATION, k, k + 1));
        }
      }
    }
    result.sort(Comparator.comparingInt(EntitySpan::start));
    return result;
  }

  private EntitySpan edgesRepaired(String text, TaggedSentence s, EntitySpan span) {
    int from = s.localBegin(span);
    int to = s.localEnd(span);
    if (from > 0 && s.isCapitalized(from - 1) && !s.isEntity(from - 1)) {
      Optional<String> whole = organizations.party(s.word(from - 1) + " " + span.text());
      if (whole.isPresent() && !whole.equals(organizations.party(span.text()))) {
        from--; // "Liberal Democrat": the whole is another party than its tail
      }
    }
    while (to - from > 1 && isTrailingNonName(s, to - 1)) {
      to--;
    }
    if (from == s.localBegin(span) && to == s.localEnd(span)) {
      return span;
    }
    return MentionRepairer.span(text, s, EntityType.ORGANIZATION, from, to);
  }

  /** "MPs" of "Labour MPs", "website" of "BBC News website". */
  private static boolean isTrailingNonName(TaggedSentence s, int k) {
    return MEMBERS.contains(s.word(k)) || MEDIA.contains(s.word(k));
  }

  /** A legislature's one-word name, standing alone: not "Parliament Square", "European Parliament". */
  private static boolean isLegislature(TaggedSentence s, int k) {
    if (!LEGISLATURES.contains(s.word(k))) {
      return false;
    }
    boolean capitalizedBefore = k > 0 && s.isCapitalized(k - 1) && !s.isPossessive(k - 1)
        && k - 1 > 0;
    boolean capitalizedAfter = s.inRange(k + 1) && s.isCapitalized(k + 1);
    return !capitalizedBefore && !capitalizedAfter;
  }
}
