package io.lifeline.interpreter.compiler;

/**
 * One token with its 1-based line and 0-based column, and where it ends (the line and column just past its last
 * character, tokenize's end). {@code text} is the source spelling (decoded for strings).
 */
public record Token(Kind kind, String text, int line, int col, int endLine, int endCol) {
  /** A token without width (INDENT, DEDENT, EOF). */
  public Token(Kind kind, String text, int line, int col) {
    this(kind, text, line, col, line, col);
  }

  /** Token kinds of the tokenize module, reduced to what the parser needs. */
  public enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, EOF }

  public boolean is(Kind k, String t) {
    return kind == k && text.equals(t);
  }

  public boolean isOp(String t) {
    return kind == Kind.OP && text.equals(t);
  }

  public boolean isKeyword(String t) {
    return kind == Kind.NAME && text.equals(t);
  }

  @Override
  public String toString() {
    return kind + "(" + text + ")@" + line + ":" + col;
  }
}
