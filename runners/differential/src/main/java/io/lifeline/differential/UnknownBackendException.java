package io.lifeline.differential;

/** A {@code --backend} selector that names no available backend: a usage error (exit 2). */
public final class UnknownBackendException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownBackendException(String message) {
    super(message);
  }
}
