package org.newsentities.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * The public output contract: one structured document per article. Field order is part of the
 * contract; offsets of every span are Java {@code String} indices into {@link #text()},
 * end-exclusive. Empty optionals are written as JSON {@code null}, lists are never null.
 */
@JsonPropertyOrder({
  "schemaVersion", "id", "source", "url", "headline", "documentDate", "documentDateSource",
  "dateline", "text", "people", "organizations", "locations", "dates", "topics", "keyphrases",
  "unresolvedTitles"
})
public record ArticleDocument(
    String schemaVersion,
    String id,
    Optional<String> source,
    Optional<String> url,
    Optional<String> headline,
    Optional<String> documentDate,
    DocumentDateSource documentDateSource,
    Optional<String> dateline,
    String text,
    List<Person> people,
    List<NamedEntity> organizations,
    List<NamedEntity> locations,
    List<DateExpr> dates,
    List<Topic> topics,
    List<Keyphrase> keyphrases,
    List<UnresolvedTitle> unresolvedTitles) {

  public static final String SCHEMA_VERSION = "1.1";

  public ArticleDocument {
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    locations = List.copyOf(locations);
    dates = List.copyOf(dates);
    topics = List.copyOf(topics);
    keyphrases = List.copyOf(keyphrases);
    unresolvedTitles = List.copyOf(unresolvedTitles);
  }
}
