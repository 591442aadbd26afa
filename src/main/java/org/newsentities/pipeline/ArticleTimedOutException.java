package org.newsentities.pipeline;

/** An article that took longer than the per-article time limit. */
public final class ArticleTimedOutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ArticleTimedOutException(String reason) {
    super(reason);
  }
}
