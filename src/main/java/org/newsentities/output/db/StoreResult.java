package org.newsentities.output.db;

import java.util.Optional;

/** What storing one article did; a failure says why and left the database as it was. */
public record StoreResult(String articleId, Status status, Optional<String> reason) {

  public enum Status {
    /** The article was new. */
    INSERTED,
    /** The article was there with another content hash; its rows were replaced. */
    REPLACED,
    /** The article was there with the same content hash; nothing changed. */
    UNCHANGED,
    /** Nothing changed for this article; {@link #reason()} says why. */
    FAILED
  }

  static StoreResult of(String articleId, Status status) {
    return new StoreResult(articleId, status, Optional.empty());
  }

  static StoreResult failed(String articleId, String reason) {
    return new StoreResult(articleId, Status.FAILED, Optional.of(reason));
  }

  public boolean failed() {
    return status == Status.FAILED;
  }
}
