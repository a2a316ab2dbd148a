package io.lifeline.interpreter.vm;

/** The run exceeded its wall-clock budget. Not a guest exception: no handler can catch it. */
public final class HangException extends Error {
  private static final long serialVersionUID = 1L;

  public HangException(String message) {
    super(message, null, false, false);
  }
}
