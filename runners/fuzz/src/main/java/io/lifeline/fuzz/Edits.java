package io.lifeline.fuzz;

import io.lifeline.fuzz.Expr.Arg;
import io.lifeline.fuzz.Stmt.Block;
import io.lifeline.fuzz.Stmt.Handler;
import io.lifeline.fuzz.Stmt.Try;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one-step simplifications of a program the shrinker tries, as whole new statement lists, in the order
 * worth trying: removing one statement (at any depth; an empty body prints as {@code pass}, so the result
 * still parses), replacing a compound statement by its body (a {@code try}, {@code with}, {@code if} or
 * {@code for}; never a {@code def} or {@code class}), dropping an {@code except} or {@code finally} clause or a
 * {@code raise}'s cause, then expression edits: a call argument removed or replaced by {@code None}, a one-argument
 * call replaced by its argument ({@code watch(A('o1'))} to {@code A('o1')}), a list or tuple item removed.
 * Removing a method from a class is a statement removal in its body. An {@code event(...)} call's arguments are
 * never edited: they are what a reader of the scenario reads.
 */
final class Edits {
  private Edits() {}

  static List<List<Stmt>> of(List<Stmt> body) {
    List<List<Stmt>> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      out.add(replace(body, i, List.of()));
    }
    for (int i = 0; i < body.size(); i++) {
      for (List<Stmt> v : ofStmt(body.get(i))) {
        out.add(replace(body, i, v));
      }
    }
    return out;
  }

  private static List<List<Stmt>> ofStmt(Stmt s) {
    List<List<Stmt>> out = new ArrayList<>();
    if (s instanceof Block b) {
      if (b.kind() != Block.Kind.DEF && b.kind() != Block.Kind.CLASS) {
        out.add(b.body());
      }
      for (List<Stmt> v : of(b.body())) {
        out.add(List.of(b.withBody(v)));
      }
    } else if (s instanceof Try t) {
      out.add(t.body());
      for (int i = 0; i < t.handlers().size(); i++) {
        List<Handler> hs = new ArrayList<>(t.handlers());
        hs.remove(i);
        if (!hs.isEmpty() || !t.finallyBody().isEmpty()) {
          out.add(List.of(new Try(t.body(), hs, t.finallyBody())));
        }
      }
      if (!t.finallyBody().isEmpty() && !t.handlers().isEmpty()) {
        out.add(List.of(new Try(t.body(), t.handlers(), List.of())));
      }
      for (List<Stmt> v : of(t.body())) {
        out.add(List.of(new Try(v, t.handlers(), t.finallyBody())));
      }
      for (int i = 0; i < t.handlers().size(); i++) {
        Handler h = t.handlers().get(i);
        for (List<Stmt> v : of(h.body())) {
          List<Handler> hs = new ArrayList<>(t.handlers());
          hs.set(i, new Handler(h.type(), h.name(), v));
          out.add(List.of(new Try(t.body(), hs, t.finallyBody())));
        }
      }
      for (List<Stmt> v : of(t.finallyBody())) {
        out.add(List.of(new Try(t.body(), t.handlers(), v)));
      }
    } else if (s instanceof Stmt.ExprStmt e) {
      mapExpr(e.value(), Stmt.ExprStmt::new, out);
    } else if (s instanceof Stmt.Assign a) {
      mapExpr(a.value(), v -> new Stmt.Assign(a.target(), v), out);
    } else if (s instanceof Stmt.Return r && r.value() != null) {
      mapExpr(r.value(), Stmt.Return::new, out);
    } else if (s instanceof Stmt.Raise r && r.cause() != null) {
      out.add(List.of(new Stmt.Raise(r.exc(), null)));
    }
    return out;
  }

  private static void mapExpr(Expr e, Function<Expr, Stmt> rebuild, List<List<Stmt>> out) {
    for (Expr v : ofExpr(e)) {
      out.add(List.of(rebuild.apply(v)));
    }
  }

  static List<Expr> ofExpr(Expr e) {
    List<Expr> out = new ArrayList<>();
    if (e instanceof Expr.Call c && !isCallOf(c, "event")) {
      List<Arg> args = c.args();
      if (args.size() == 1 && args.get(0).kind() == Arg.Kind.POSITIONAL && isCallOf(c, "watch")) {
        out.add(args.get(0).value());
      }
      for (int i = 0; i < args.size(); i++) {
        out.add(new Expr.Call(c.fn(), replace(args, i, List.of())));
        if (!(args.get(i).value() instanceof Expr.Const)) {
          out.add(new Expr.Call(c.fn(), replace(args, i, List.of(args.get(i).with(Expr.none())))));
        }
      }
      for (int i = 0; i < args.size(); i++) {
        Arg a = args.get(i);
        for (Expr v : ofExpr(a.value())) {
          out.add(new Expr.Call(c.fn(), replace(args, i, List.of(a.with(v)))));
        }
      }
    } else if (e instanceof Expr.ListOf l) {
      for (List<Expr> items : itemEdits(l.items())) {
        out.add(new Expr.ListOf(items));
      }
    } else if (e instanceof Expr.TupleOf t) {
      for (List<Expr> items : itemEdits(t.items())) {
        if (!items.isEmpty()) {
          out.add(new Expr.TupleOf(items));
        }
      }
    } else if (e instanceof Expr.Attr a) {
      ofExpr(a.value()).forEach(v -> out.add(new Expr.Attr(v, a.name())));
    } else if (e instanceof Expr.Await a) {
      ofExpr(a.value()).forEach(v -> out.add(new Expr.Await(v)));
    } else if (e instanceof Expr.Yield y && y.value() != null) {
      out.add(new Expr.Yield(null));
      ofExpr(y.value()).forEach(v -> out.add(new Expr.Yield(v)));
    }
    return out;
  }

  private static boolean isCallOf(Expr.Call c, String name) {
    return c.fn() instanceof Expr.Name n && n.id().equals(name);
  }

  private static List<List<Expr>> itemEdits(List<Expr> items) {
    List<List<Expr>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(replace(items, i, List.of()));
    }
    for (int i = 0; i < items.size(); i++) {
      for (Expr v : ofExpr(items.get(i))) {
        out.add(replace(items, i, List.of(v)));
      }
    }
    return out;
  }

  static <T> List<T> replace(List<T> list, int i, List<T> with) {
    List<T> out = new ArrayList<>(list.size() - 1 + with.size());
    out.addAll(list.subList(0, i));
    out.addAll(with);
    out.addAll(list.subList(i + 1, list.size()));
    return out;
  }
}
