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
  /** Whether the program is valid Python using a construct outside the model's subset, not invalid syntax. */
  public final boolean unsupported;

  public PySyntaxError(String msg, int line, int col) {
    this(msg, line, col, false);
  }

  private PySyntaxError(String msg, int line, int col, boolean unsupported) {
    super(msg + " (line " + line + ", column " + col + ")");
    this.msg = msg;
    this.line = line;
    this.col = col;
    this.unsupported = unsupported;
  }

  /**
   * A construct the model does not implement (yet): raised as a SyntaxError inside the model, so nothing is
   * approximated; a run that stops on it is UNSUPPORTED, not an error of the program.
   */
  public static PySyntaxError unsupported(String construct, int line, int col) {
    return new PySyntaxError("unsupported by the model: " + construct, line, col, true);
  }
}
