package io.lifeline.interpreter.compiler;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each AST node the parser made ends (ast's {@code end_lineno} and {@code end_col_offset}), by node identity:
 * the {@link Expr} and {@link Stmt} records keep only where a node starts. The first end recorded for a node
 * stays, so a parenthesized expression ends at its last token, not at the closing parenthesis (as in ast). A node
 * made after parsing (constant folding, f-string parts) has none: its end is its start.
 */
public final class NodeEnds {
  private final Map<Object, Long> ends = new IdentityHashMap<>();

  /** Records that {@code node} ends where {@code last} (the last token it consumed) ends, unless it has an end. */
  void mark(Object node, Token last) {
    if (node != null && last != null) {
      ends.putIfAbsent(node, ((long) last.endLine() << 32) | (last.endCol() & 0xffffffffL));
    }
  }

  /** The line {@code node} ends on, or {@code line} (its start) when unknown. */
  public int endLine(Object node, int line) {
    Long e = ends.get(node);
    return e == null ? line : (int) (e >>> 32);
  }

  /** The column just past {@code node}'s last character, or {@code col} (its start) when unknown. */
  public int endCol(Object node, int col) {
    Long e = ends.get(node);
    return e == null ? col : (int) (long) e;
  }
}
