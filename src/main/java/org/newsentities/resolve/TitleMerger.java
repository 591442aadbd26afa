package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsentities.model.Title;

/**
 * Makes one title of every position a person holds, from all the places the article gives it: a
 * short form on a later mention ("Acting Coordinator Landberg") is the same position as the full
 * one ("Acting Coordinator for Counterterrorism"), so the fullest wording is kept, with the best
 * organization any mention gives it. Different positions stay apart: a short form may leave out
 * portfolio words and modifiers, but not one that makes another post ("Deputy Prime Minister" is
 * not "Prime Minister").
 */
final class TitleMerger {

  /**
   * Modifiers that name another post than the head alone; an acting or interim post is held
   * before or instead of the permanent one ("appointed as Gome Chairman … after being appointed as
   * Acting Chairman").
   */
  private static final Set<String> RANK_MODIFIERS = Set.of("deputy", "vice", "assistant", "shadow",
      "junior", "under", "associate", "co", "vice-president", "vice-chairman", "under-secretary",
      "acting", "interim");

  /** One place where the article gives a person a title. */
  record Occurrence(TitlePhrase phrase, OrganizationAttributor.Attribution attribution) {}

  List<Title> merge(List<Occurrence> occurrences, String text) {
    List<List<Occurrence>> groups = new ArrayList<>();
    for (Occurrence o : occurrences) {
      List<Occurrence> group = groups.stream()
          .filter(g -> g.stream().anyMatch(other -> samePosition(o.phrase(), other.phrase())))
          .findFirst().orElse(null);
      if (group == null) {
        groups.add(new ArrayList<>(List.of(o)));
      } else {
        group.add(o);
      }
    }
    return groups.stream().map(g -> title(g, text)).toList();
  }

  private static Title title(List<Occurrence> group, String text) {
    Occurrence fullest = group.get(0);
    Occurrence best = group.get(0);
    boolean former = false;
    for (Occurrence o : group) {
      if (words(o.phrase().title()).size() > words(fullest.phrase().title()).size()) {
        fullest = o;
      }
      if (o.attribution().rank() > best.attribution().rank()) {
        best = o;
      }
      former |= o.phrase().former(); // "Former Labour leader" … "was elected leader" in 1983
    }
    var organization = fullest.attribution().rank() >= best.attribution().rank()
        ? fullest.attribution().organization() : best.attribution().organization();
    TitlePhrase p = fullest.phrase();
    return new Title(p.title(), organization, former, text.substring(p.textStart(), p.titleEndChar()),
        p.textStart(), p.titleEndChar());
  }

  /** Whether one title is the other or a short form of it. */
  static boolean samePosition(TitlePhrase a, TitlePhrase b) {
    List<String> wa = words(a.title());
    List<String> wb = words(b.title());
    List<String> shorter = wa.size() <= wb.size() ? wa : wb;
    List<String> longer = wa.size() <= wb.size() ? wb : wa;
    if (shorter.isEmpty() || !lastHeadWord(a).equals(lastHeadWord(b))) {
      return false;
    }
    if (!longer.containsAll(shorter)) {
      return false;
    }
    for (String w : longer) {
      if (RANK_MODIFIERS.contains(w) && !shorter.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static String lastHeadWord(TitlePhrase p) {
    List<String> head = p.head().words();
    return head.get(head.size() - 1);
  }

  static List<String> words(String title) {
    return Names.tokens(title);
  }
}
