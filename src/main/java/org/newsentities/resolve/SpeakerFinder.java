package org.newsentities.resolve;

import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * The organization that a sentence reports as speaking: "the Foreign Office said in a statement",
 * "said the State Department", "The United States Embassy in a statement said", "according to the
 * ministry". A title with no organization of its own in a statement of an organization is usually
 * a post in that organization.
 */
final class SpeakerFinder {

  /** Words that may stand between a speaking organization and its verb. */
  private static final Set<String> BETWEEN = Set.of("in", "a", "an", "the", "statement", "on",
      "also", ",", "meanwhile", "later", "earlier", "today", "yesterday", "has", "had", "have",
      "its", "website", "press", "release", "briefing", "spokesman", "spokeswoman", "spokesperson");

  private final TitleLexicon lexicon;

  SpeakerFinder(TitleLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Optional<EntitySpan> speaker(TaggedSentence s) {
    for (int k = 0; k < s.size(); k++) {
      String lemma = s.token(k).lemma() == null ? s.lower(k) : s.token(k).lemma();
      int verb = k;
      if (s.pos(k).startsWith("VB") && lexicon.isSpeechVerb(lemma)) {
        // after "told", an organization is who was told ("told the Gloucester Citizen")
        boolean addressee = TitleLexicon.lower(lemma).equals("tell");
        Optional<EntitySpan> found = before(s, verb)
            .or(() -> addressee ? Optional.empty() : after(s, verb));
        if (found.isPresent()) {
          return found;
        }
      }
      if (s.lower(k).equals("according") && s.inRange(k + 1) && s.lower(k + 1).equals("to")) {
        Optional<EntitySpan> found = after(s, k + 1);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<EntitySpan> before(TaggedSentence s, int verb) {
    int k = verb - 1;
    for (int skipped = 0; k >= 0 && skipped < 6; skipped++, k--) {
      Optional<EntitySpan> org = s.span(k).filter(sp -> sp.type() == EntityType.ORGANIZATION);
      if (org.isPresent()) {
        return org;
      }
      if (!BETWEEN.contains(s.lower(k)) && !s.pos(k).startsWith("RB")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "said the State Department." — but not "said NHS staff wanted …", where it begins a clause. */
  private static Optional<EntitySpan> after(TaggedSentence s, int verb) {
    int k = verb + 1;
    if (s.inRange(k) && s.lower(k).equals("the")) {
      k++;
    }
    return s.spanStartingAt(k, EntityType.ORGANIZATION).filter(org -> {
      int next = s.localEnd(org);
      return !s.inRange(next) || !(s.pos(next).startsWith("NN") || s.pos(next).startsWith("VB")
          || s.pos(next).equals("MD"));
    });
  }
}
