package org.newsentities.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.newsentities.ingest.InputOrigin;

/**
 * A failed article: where it came from, which one, what kind of failure and why. One line of
 * {@code errors.jsonl}.
 *
 * @param kind {@code input} (could not be read as an article), {@code rejected} (refused by a
 *     limit), {@code timeout}, {@code error} (processing threw) or {@code output} (not written)
 */
@JsonPropertyOrder({"file", "line", "id", "kind", "reason"})
public record ArticleFailure(String file, Optional<Integer> line,
    @JsonProperty("id") Optional<String> articleId, String kind, String reason) {

  public static ArticleFailure of(InputOrigin origin, Optional<String> articleId, String kind,
      String reason) {
    Optional<Integer> line = origin.line().isPresent()
        ? Optional.of(origin.line().getAsInt()) : Optional.empty();
    return new ArticleFailure(origin.path(), line, articleId, kind, reason);
  }

  /** "corpus/x.jsonl:3 [id]: reason" */
  @JsonIgnore
  public String message() {
    return file + line.map(l -> ":" + l).orElse("")
        + articleId.map(id -> " [" + id + "]").orElse("") + ": " + reason;
  }
}
