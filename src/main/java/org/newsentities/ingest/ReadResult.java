package org.newsentities.ingest;

import java.util.Optional;

/** What reading one article gave: the article, or a described failure. Never an exception. */
public sealed interface ReadResult {

  InputOrigin origin();

  record Ok(SourceArticle article) implements ReadResult {
    @Override
    public InputOrigin origin() {
      return article.origin();
    }
  }

  record Failed(InputOrigin origin, Optional<String> articleId, String reason) implements ReadResult {
    /** One line for the user: where, which article, and why. */
    public String message() {
      return origin + articleId.map(id -> " [" + id + "]").orElse("") + ": " + reason;
    }
  }
}
