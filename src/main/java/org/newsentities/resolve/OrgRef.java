package org.newsentities.resolve;

import java.util.Optional;

/**
 * Where a title phrase names the organization or country its position belongs to: the tokens
 * {@code [begin, end)} of its sentence, what they are, and a country that qualifies them ("Pakistan's
 * Ministry of Foreign Affairs").
 */
public record OrgRef(Kind kind, int begin, int end, String text, Optional<String> possessor) {

  /** What the tokens of an {@link OrgRef} are. */
  public enum Kind {
    /** an organization tagged by the NER stage */
    ORGANIZATION,
    /** a capitalized phrase ending in an organization word that the NER stage missed */
    ORGANIZATION_PHRASE,
    /** a place: a country, a nation of the UK, a city */
    PLACE,
    /** a country adjective: "Pakistani" */
    DEMONYM,
    /** a party name or adjective: "Tory", "Labour" */
    PARTY
  }
}
