package org.newsentities.output.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.newsentities.ingest.Hashing;
import org.newsentities.model.ArticleDocument;
import org.newsentities.output.Json;

/**
 * The content hash that decides whether a stored article is current: sha256 of the document's
 * compact JSON. It covers exactly what the database holds (text and every extracted field), so a
 * new pipeline version that changes any output replaces the rows, and one that changes nothing
 * leaves them. Run metadata written beside the document (schema 1.1's {@code provenance}: input
 * path, versions, warnings) is deliberately outside it: re-running the same build on the same input
 * from another path must not rewrite the database.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(ArticleDocument document) {
    try {
      return Hashing.sha256(Json.compact().writeValueAsBytes(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialize article " + document.id(), e);
    }
  }
}
