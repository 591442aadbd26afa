package org.newsentities.cli;

/** Exit codes of every command. */
public final class ExitCodes {
  /** Every article was processed. */
  public static final int OK = 0;
  /** The run finished, but some articles failed (they are listed). */
  public static final int SOME_FAILED = 1;
  /** Usage or configuration error; the message says what to fix. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
