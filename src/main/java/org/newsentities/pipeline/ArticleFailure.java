package org.newsentities.pipeline;

import java.util.Optional;
import java.util.OptionalInt;
import org.newsentities.ingest.InputOrigin;

/** A failed article: where it came from, which one, and why. */
public record ArticleFailure(String file, OptionalInt line, Optional<String> articleId, String reason) {

  public static ArticleFailure of(InputOrigin origin, Optional<String> articleId, String reason) {
    return new ArticleFailure(origin.path(), origin.line(), articleId, reason);
  }

  /** "corpus/x.jsonl:3 [id]: reason" */
  public String message() {
    return file + (line.isPresent() ? ":" + line.getAsInt() : "")
        + articleId.map(id -> " [" + id + "]").orElse("") + ": " + reason;
  }
}
