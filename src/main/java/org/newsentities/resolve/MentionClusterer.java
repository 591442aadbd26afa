package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsentities.extract.EntitySpan;
import org.newsentities.model.Mention;

/**
 * Groups the mentions of one entity type into entities. Mentions with the same normalized name are
 * one entity; a shorter name joins a longer one when {@link NameMatcher} says it refers to it and
 * exactly one longer entity fits (an ambiguous "Smith" with two Smiths stays on its own). Entities
 * come out in order of first mention, named by their longest mention.
 */
public final class MentionClusterer {

  /** A group of mentions with its display name. */
  public record Cluster(String name, List<Mention> mentions) {}

  private final NameMatcher matcher;

  public MentionClusterer(NameMatcher matcher) {
    this.matcher = matcher;
  }

  public List<Cluster> cluster(List<EntitySpan> spans) {
    Map<String, List<EntitySpan>> byKey = new LinkedHashMap<>();
    for (EntitySpan span : spans) {
      String key = keyOf(span);
      if (!key.isEmpty()) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
      }
    }
    // Longest names first, so every short form can look for the full names it may belong to.
    List<String> keys = new ArrayList<>(byKey.keySet());
    keys.sort(Comparator.comparingInt((String k) -> Names.tokens(k).size()).reversed()
        .thenComparing(Comparator.comparingInt(String::length).reversed()));
    Map<String, String> rootOf = new LinkedHashMap<>();
    List<String> roots = new ArrayList<>();
    for (String key : keys) {
      List<String> candidates = roots.stream().filter(r -> matcher.refersTo(key, r)).toList();
      if (candidates.size() == 1) {
        rootOf.put(key, candidates.get(0));
      } else {
        rootOf.put(key, key);
        roots.add(key);
      }
    }
    Map<String, List<Mention>> grouped = new LinkedHashMap<>();
    Map<String, String> bestName = new LinkedHashMap<>();
    spans.stream()
        .sorted(Comparator.comparingInt(EntitySpan::start))
        .filter(s -> rootOf.containsKey(keyOf(s)))
        .forEach(s -> {
          String root = rootOf.get(keyOf(s));
          grouped.computeIfAbsent(root, r -> new ArrayList<>()).add(s.toMention());
          bestName.merge(root, Names.display(s.text()), MentionClusterer::preferred);
        });
    List<Cluster> clusters = new ArrayList<>();
    grouped.forEach((root, mentions) -> clusters.add(new Cluster(bestName.get(root), mentions)));
    return clusters;
  }

  private String keyOf(EntitySpan span) {
    return matcher.canonical(Names.key(span.text()));
  }

  /** The fuller of two names; on a tie the one that is not all upper case ("Islamabad"). */
  private static String preferred(String a, String b) {
    int ta = Names.tokens(a).size();
    int tb = Names.tokens(b).size();
    if (ta != tb) {
      return ta > tb ? a : b;
    }
    if (a.length() != b.length()) {
      return a.length() > b.length() ? a : b;
    }
    boolean aUpper = a.equals(a.toUpperCase(java.util.Locale.ROOT));
    boolean bUpper = b.equals(b.toUpperCase(java.util.Locale.ROOT));
    return aUpper && !bUpper ? b : a;
  }
}
