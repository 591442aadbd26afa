package org.newsentities.config;

/** A configuration the run cannot use; the message says which key and what to fix. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
