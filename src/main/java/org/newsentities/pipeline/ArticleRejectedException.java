package org.newsentities.pipeline;

/** An article the pipeline will not process, with the reason a user can act on. */
public final class ArticleRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ArticleRejectedException(String reason) {
    super(reason);
  }
}
