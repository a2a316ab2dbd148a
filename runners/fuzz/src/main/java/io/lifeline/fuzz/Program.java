package io.lifeline.fuzz;

import java.util.List;

/**
 * A generated program: its top-level statements. Immutable; {@link #source()} is its Python text.
 *
 * @param index the program's number within its run (the generator seeds each program by seed and index)
 */
public record Program(long seed, int index, List<Stmt> body) {

  public Program {
    body = List.copyOf(body);
  }

  public Program withBody(List<Stmt> newBody) {
    return new Program(seed, index, newBody);
  }

  public String source() {
    return PythonPrinter.print(body);
  }

  /** The number of statements, nested ones included: the size the shrinker reduces. */
  public int size() {
    return count(body);
  }

  private static int count(List<Stmt> stmts) {
    int n = 0;
    for (Stmt s : stmts) {
      n++;
      if (s instanceof Stmt.Block b) {
        n += count(b.body());
      } else if (s instanceof Stmt.Try t) {
        n += count(t.body()) + count(t.finallyBody());
        for (Stmt.Handler h : t.handlers()) {
          n += 1 + count(h.body());
        }
      }
    }
    return n;
  }
}
