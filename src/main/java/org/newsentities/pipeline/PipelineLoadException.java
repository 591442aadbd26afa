package org.newsentities.pipeline;

/** The pipeline (models, lexicons) could not be loaded: a configuration or installation problem. */
public final class PipelineLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PipelineLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
