package io.lifeline.fuzz;

import java.util.List;
import java.util.stream.Collectors;

/** Prints statements as Python source, four spaces per level, one statement per line, ending in a newline. */
final class PythonPrinter {
  private PythonPrinter() {}

  static String print(List<Stmt> body) {
    StringBuilder sb = new StringBuilder();
    block(body, 0, sb);
    return sb.toString();
  }

  private static void block(List<Stmt> body, int depth, StringBuilder sb) {
    if (body.isEmpty()) {
      line(depth, "pass", sb);
    }
    for (Stmt s : body) {
      stmt(s, depth, sb);
    }
  }

  private static void stmt(Stmt s, int depth, StringBuilder sb) {
    if (s instanceof Stmt.ExprStmt e) {
      line(depth, expr(e.value()), sb);
    } else if (s instanceof Stmt.Assign a) {
      line(depth, a.target() + " = " + expr(a.value()), sb);
    } else if (s instanceof Stmt.Del d) {
      line(depth, "del " + d.target(), sb);
    } else if (s instanceof Stmt.Return r) {
      line(depth, r.value() == null ? "return" : "return " + expr(r.value()), sb);
    } else if (s instanceof Stmt.Raise r) {
      line(depth, "raise" + (r.exc() == null ? "" : " " + expr(r.exc()))
          + (r.cause() == null ? "" : " from " + expr(r.cause())), sb);
    } else if (s instanceof Stmt.Decl d) {
      line(depth, d.keyword() + " " + String.join(", ", d.names()), sb);
    } else if (s instanceof Stmt.Pass) {
      line(depth, "pass", sb);
    } else if (s instanceof Stmt.Block b) {
      b.decorators().forEach(d -> line(depth, "@" + d, sb));
      line(depth, b.header() + ":", sb);
      block(b.body(), depth + 1, sb);
    } else if (s instanceof Stmt.Try t) {
      line(depth, "try:", sb);
      block(t.body(), depth + 1, sb);
      for (Stmt.Handler h : t.handlers()) {
        line(depth, "except" + (h.type() == null ? "" : " " + h.type())
            + (h.name() == null ? "" : " as " + h.name()) + ":", sb);
        block(h.body(), depth + 1, sb);
      }
      if (!t.finallyBody().isEmpty() || t.handlers().isEmpty()) {
        line(depth, "finally:", sb);
        block(t.finallyBody(), depth + 1, sb);
      }
    } else {
      throw new IllegalArgumentException("unknown statement " + s);
    }
  }

  static String expr(Expr e) {
    if (e instanceof Expr.Name n) {
      return n.id();
    } else if (e instanceof Expr.Const c) {
      return c.literal();
    } else if (e instanceof Expr.Attr a) {
      return expr(a.value()) + "." + a.name();
    } else if (e instanceof Expr.Call c) {
      return expr(c.fn()) + "(" + c.args().stream().map(PythonPrinter::arg).collect(Collectors.joining(", ")) + ")";
    } else if (e instanceof Expr.ListOf l) {
      return "[" + join(l.items()) + "]";
    } else if (e instanceof Expr.TupleOf t) {
      return t.items().size() == 1 ? "(" + expr(t.items().get(0)) + ",)" : "(" + join(t.items()) + ")";
    } else if (e instanceof Expr.Await a) {
      return "await " + expr(a.value());
    } else if (e instanceof Expr.Yield y) {
      return y.value() == null ? "(yield)" : "(yield " + expr(y.value()) + ")";
    } else if (e instanceof Expr.Raw r) {
      return r.text();
    }
    throw new IllegalArgumentException("unknown expression " + e);
  }

  private static String join(List<Expr> items) {
    return items.stream().map(PythonPrinter::expr).collect(Collectors.joining(", "));
  }

  private static String arg(Expr.Arg a) {
    switch (a.kind()) {
      case KEYWORD:
        return a.keyword() + "=" + expr(a.value());
      case STAR:
        return "*" + expr(a.value());
      default:
        return expr(a.value());
    }
  }

  private static void line(int depth, String text, StringBuilder sb) {
    sb.append("    ".repeat(depth)).append(text).append('\n');
  }
}
