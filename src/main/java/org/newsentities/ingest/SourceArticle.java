package org.newsentities.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsentities.model.DocumentDateSource;

/**
 * An article as read from its input, before any analysis.
 *
 * @param text the body that all output offsets index into (date header removed, dateline kept)
 * @param dateline the dateline at the start of the body ("ISLAMABAD"), when there is one
 * @param documentDate the date given by a header or metadata
 * @param dateSource {@code HEADER}, {@code METADATA} or {@code NONE}
 * @param contentHash sha256 (hex) of the raw input bytes of this article
 * @param warnings non-fatal problems met while reading (e.g. the encoding was not UTF-8)
 */
public record SourceArticle(
    String id,
    Optional<String> headline,
    Optional<String> url,
    Optional<String> source,
    Optional<LocalDate> documentDate,
    DocumentDateSource dateSource,
    Optional<String> dateline,
    String text,
    InputOrigin origin,
    String contentHash,
    List<String> warnings) {

  public SourceArticle {
    warnings = List.copyOf(warnings);
  }

  public SourceArticle withWarning(String warning) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.add(warning);
    return new SourceArticle(id, headline, url, source, documentDate, dateSource, dateline, text,
        origin, contentHash, all);
  }

  public SourceArticle withId(String newId) {
    return new SourceArticle(newId, headline, url, source, documentDate, dateSource, dateline, text,
        origin, contentHash, warnings);
  }
}
