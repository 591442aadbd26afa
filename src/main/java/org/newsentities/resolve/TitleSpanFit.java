package org.newsentities.resolve;

import java.util.Optional;
import java.util.Set;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * Whether a title found inside a tagged name is one: inside a person's name only at its start
 * ("President Bush", not "John Major"); inside an organization only when the organization ends
 * with the title or goes on with a person's name — one the article tags elsewhere, or two or three
 * capitalized words that are neither organization nor title words ("Securities and Exchange
 * Commission Chairman Christopher Cox", tagged as one organization), or a given name and more
 * ("radio [DJ Mike Read]").
 */
final class TitleSpanFit {

  private final TitleLexicon lexicon;
  private final OrganizationLexicon organizations;
  private final GivenNames givenNames;

  TitleSpanFit(TitleLexicon lexicon, OrganizationLexicon organizations, GivenNames givenNames) {
    this.lexicon = lexicon;
    this.organizations = organizations;
    this.givenNames = givenNames;
  }

  /** @param personWords the lower-case words of the article's person names */
  boolean fits(TaggedSentence s, TitlePhrase p, Set<String> personWords) {
    int head = p.headEnd() - 1;
    Optional<EntitySpan> span = s.span(head);
    if (span.isEmpty()) {
      return true;
    }
    int spanBegin = s.localBegin(span.get());
    int spanEnd = s.localEnd(span.get());
    if (span.get().type() == EntityType.PERSON) {
      return spanBegin >= p.begin();
    }
    if (p.end() + 1 < spanEnd && givenNames.contains(s.word(p.end()))) {
      return true;
    }
    boolean known = true;
    for (int k = p.end(); k < spanEnd; k++) {
      known &= personWords.contains(s.lower(k));
    }
    return known || looksLikeName(s, p, spanEnd);
  }

  /** Two or three capitalized words after a capitalized title, none of them an institution's. */
  private boolean looksLikeName(TaggedSentence s, TitlePhrase p, int spanEnd) {
    int words = spanEnd - p.end();
    if (words < 2 || words > 3 || !s.isCapitalized(p.titleBegin())) {
      return false;
    }
    for (int k = p.end(); k < spanEnd; k++) {
      String w = s.word(k);
      if (!s.isCapitalized(k) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '.')
          || organizations.isHead(s.lower(k)) || lexicon.isHeadStart(w)
          || lexicon.isPortfolio(w) || lexicon.isModifier(w)) {
        return false;
      }
    }
    return true;
  }
}
