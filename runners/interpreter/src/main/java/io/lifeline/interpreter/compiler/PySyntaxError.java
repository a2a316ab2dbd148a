package io.lifeline.interpreter.compiler;

/**
 * A located compile-time error: invalid syntax, or a construct outside the supported subset (the message
 * names it). Reported to the program as a SyntaxError at {@link #line}:{@link #col} (1-based line, 0-based
 * column like CPython's offsets).
 */
public final class PySyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  public final int line;
  public final int col;
  public final String msg;

  public PySyntaxError(String msg, int line, int col) {
    super(msg + " (line " + line + ", column " + col + ")");
    this.msg = msg;
    this.line = line;
    this.col = col;
  }

  /** A construct the model does not implement (yet): still a SyntaxError, so nothing is approximated. */
  public static PySyntaxError unsupported(String construct, int line, int col) {
    return new PySyntaxError("unsupported by the model: " + construct, line, col);
  }
}
