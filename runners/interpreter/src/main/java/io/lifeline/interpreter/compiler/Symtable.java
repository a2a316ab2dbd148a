package io.lifeline.interpreter.compiler;

import java.util.List;

/**
 * Builds and resolves the scopes of a module (symtable.c): a name bound in a function is local unless
 * declared global or nonlocal; a name used but not bound resolves to the nearest enclosing function that
 * binds it (which then holds it in a cell) or to a global. Class scopes bind names in their namespace and
 * are invisible to nested functions.
 */
public final class Symtable {
  private Scope current;
  private boolean inlineComprehensions;

  public static Scope build(List<Stmt> module) {
    return build(module, false);
  }

  /** With {@code inlineComprehensions}, list, set and dict comprehensions are inlined (PEP 709, 3.12+). */
  public static Scope build(List<Stmt> module, boolean inlineComprehensions) {
    Symtable t = new Symtable();
    t.inlineComprehensions = inlineComprehensions;
    Scope root = new Scope(Scope.Kind.MODULE, "<module>", null);
    t.current = root;
    t.stmts(module);
    resolve(root);
    return root;
  }

  // ---------------------------------------------------------------- Collection

  private void stmts(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  private void stmt(Stmt s) {
    if (s instanceof Stmt.ExprStmt e) {
      expr(e.value());
    } else if (s instanceof Stmt.Assign a) {
      expr(a.value());
      a.targets().forEach(this::target);
    } else if (s instanceof Stmt.AnnAssign a) {
      expr(a.annotation());
      if (a.value() != null) {
        expr(a.value());
      }
      target(a.target());
    } else if (s instanceof Stmt.AugAssign a) {
      expr(a.value());
      if (a.target() instanceof Expr.Name n) {
        use(n.id());
      }
      target(a.target());
    } else if (s instanceof Stmt.Return r) {
      if (current.kind != Scope.Kind.FUNCTION) {
        throw new PySyntaxError("'return' outside function", r.line(), r.col());
      }
      exprs(r.value());
    } else if (s instanceof Stmt.If i) {
      expr(i.test());
      stmts(i.body());
      stmts(i.orelse());
    } else if (s instanceof Stmt.While w) {
      expr(w.test());
      stmts(w.body());
      stmts(w.orelse());
    } else if (s instanceof Stmt.For f) {
      requireAsync(f.isAsync(), "'async for'", f.line(), f.col());
      expr(f.iter());
      target(f.target());
      stmts(f.body());
      stmts(f.orelse());
    } else if (s instanceof Stmt.FunctionDef f) {
      functionDef(f);
    } else if (s instanceof Stmt.ClassDef c) {
      classDef(c);
    } else if (s instanceof Stmt.Try t) {
      tryStmt(t);
    } else if (s instanceof Stmt.Raise r) {
      exprs(r.exc(), r.cause());
    } else if (s instanceof Stmt.Delete d) {
      d.targets().forEach(this::target);
    } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
      declaration(s);
    } else if (s instanceof Stmt.Import i) {
      bind(i.asName() != null ? i.asName() : i.module().split("\\.")[0]);
    } else if (s instanceof Stmt.ImportFrom i) {
      for (int k = 0; k < i.names().size(); k++) {
        bind(i.asNames().get(k) != null ? i.asNames().get(k) : i.names().get(k));
      }
    } else if (s instanceof Stmt.With w) {
      withStmt(w);
    } else if (s instanceof Stmt.Assert a) {
      exprs(a.test(), a.msg());
    }
    // Pass, Break and Continue bind and use nothing.
  }

  /** Visits the expressions that are present, in order. */
  private void exprs(Expr... es) {
    for (Expr e : es) {
      if (e != null) {
        expr(e);
      }
    }
  }

  private void functionDef(Stmt.FunctionDef f) {
    f.decorators().forEach(this::expr);
    defaults(f.params());
    bind(f.name());
    Scope fn = enter(Scope.Kind.FUNCTION, f.name(), f);
    fn.isCoroutine = f.isAsync();
    params(f.params());
    stmts(f.body());
    current = fn.parent;
  }

  private void classDef(Stmt.ClassDef c) {
    c.decorators().forEach(this::expr);
    c.bases().forEach(this::expr);
    c.keywords().forEach(kw -> expr(kw.value()));
    bind(c.name());
    Scope cls = enter(Scope.Kind.CLASS, c.name(), c);
    stmts(c.body());
    current = cls.parent;
  }

  /** A try body counts for {@link Scope#yieldInsideTry}; handlers and the else and finally bodies do not. */
  private void tryStmt(Stmt.Try t) {
    current.tryBodyDepth++;
    stmts(t.body());
    current.tryBodyDepth--;
    for (Stmt.Handler h : t.handlers()) {
      exprs(h.type());
      if (h.name() != null) {
        bind(h.name());
      }
      stmts(h.body());
    }
    stmts(t.orelse());
    stmts(t.finalbody());
  }

  /** An async for or async with outside an async function is a SyntaxError (symtable.c's checks). */
  private void requireAsync(boolean isAsync, String what, int line, int col) {
    if (isAsync && !(current.kind == Scope.Kind.FUNCTION && current.isCoroutine)) {
      throw new PySyntaxError(what + " outside async function", line, col);
    }
  }

  private void withStmt(Stmt.With w) {
    requireAsync(w.isAsync(), "'async with'", w.line(), w.col());
    for (Stmt.WithItem item : w.items()) {
      expr(item.context());
      if (item.target() != null) {
        target(item.target());
      }
    }
    current.tryBodyDepth++;
    stmts(w.body());
    current.tryBodyDepth--;
  }

  /** global and nonlocal: checked against the uses and bindings seen so far, applied at resolution. */
  private void declaration(Stmt s) {
    if (s instanceof Stmt.Global g) {
      g.names().forEach(n -> {
        if (current.bound.contains(n) || current.used.contains(n)) {
          throw new PySyntaxError("name '" + n + "' is used prior to global declaration", g.line(), g.col());
        }
        current.globals.add(n);
      });
    } else if (s instanceof Stmt.Nonlocal nl) {
      if (current.kind != Scope.Kind.FUNCTION) {
        throw new PySyntaxError("nonlocal declaration not allowed at module level", nl.line(), nl.col());
      }
      current.nonlocals.addAll(nl.names());
    }
  }

  private void defaults(Expr.Params p) {
    p.defaults().forEach(this::expr);
    p.kwDefaults().forEach(d -> {
      if (d != null) {
        expr(d);
      }
    });
    p.annotations().values().forEach(this::expr);
  }

  private void params(Expr.Params p) {
    for (String n : p.posonly()) {
      param(n);
    }
    for (String n : p.args()) {
      param(n);
    }
    for (String n : p.kwonly()) {
      param(n);
    }
    if (p.vararg() != null) {
      param(p.vararg());
    }
    if (p.kwarg() != null) {
      param(p.kwarg());
    }
  }

  private void param(String n) {
    current.params.add(n);
    current.bound.add(n);
    current.symbols.put(n, true);
  }

  private Scope enter(Scope.Kind kind, String name, Object node) {
    Scope s = new Scope(kind, name, current);
    current.children.add(s);
    current.childByNode.put(node, s);
    current = s;
    return s;
  }

  private void bind(String n) {
    current.bound.add(n);
    current.symbols.put(n, true);
  }

  private void use(String n) {
    current.used.add(n);
    current.symbols.putIfAbsent(n, false);
    if (current.inlined && (n.equals("super") || n.equals("__class__"))) {
      // The __class__ cell an inlined comprehension's super() needs is the enclosing function's.
      Scope s = current;
      while (s.inlined) {
        s = s.parent;
      }
      s.used.add(n);
    }
  }

  private void target(Expr e) {
    if (e instanceof Expr.Name n) {
      bind(n.id());
    } else if (e instanceof Expr.TupleExpr t) {
      t.elts().forEach(this::target);
    } else if (e instanceof Expr.ListExpr l) {
      l.elts().forEach(this::target);
    } else if (e instanceof Expr.Starred s) {
      target(s.value());
    } else if (e instanceof Expr.Attribute a) {
      expr(a.value());
    } else if (e instanceof Expr.Subscript s) {
      expr(s.value());
      expr(s.index());
    } else {
      expr(e);
    }
  }

  private void expr(Expr e) {
    if (e instanceof Expr.Constant c) {
    } else if (e instanceof Expr.Name n) {
      use(n.id());
    } else if (e instanceof Expr.BinOp b) {
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Expr.UnaryOp u) {
      expr(u.operand());
    } else if (e instanceof Expr.BoolOp b) {
      b.values().forEach(this::expr);
    } else if (e instanceof Expr.Compare c) {
      expr(c.left());
      c.comparators().forEach(this::expr);
    } else if (e instanceof Expr.Call c) {
      expr(c.func());
      c.args().forEach(this::expr);
      c.keywords().forEach(k -> expr(k.value()));
    } else if (e instanceof Expr.Attribute a) {
      expr(a.value());
    } else if (e instanceof Expr.Subscript s) {
      expr(s.value());
      expr(s.index());
    } else if (e instanceof Expr.Slice sl) {
      exprs(sl.lower(), sl.upper(), sl.step());
    } else if (e instanceof Expr.Starred s) {
      expr(s.value());
    } else if (e instanceof Expr.TupleExpr t) {
      t.elts().forEach(this::expr);
    } else if (e instanceof Expr.ListExpr l) {
      l.elts().forEach(this::expr);
    } else if (e instanceof Expr.SetExpr s) {
      s.elts().forEach(this::expr);
    } else if (e instanceof Expr.DictExpr d) {
      for (int i = 0; i < d.keys().size(); i++) {
        exprs(d.keys().get(i), d.values().get(i));
      }
    } else if (e instanceof Expr.IfExp i) {
      expr(i.test());
      expr(i.body());
      expr(i.orelse());
    } else if (e instanceof Expr.Lambda l) {
      lambda(l);
    } else if (e instanceof Expr.Comp c) {
      comprehension(c);
    } else if (e instanceof Expr.Yield y) {
      markGenerator(y.line(), y.col());
      exprs(y.value());
    } else if (e instanceof Expr.YieldFrom y) {
      if (current.isCoroutine) {
        throw new PySyntaxError("'yield from' inside async function", y.line(), y.col());
      }
      markGenerator(y.line(), y.col());
      expr(y.value());
    } else if (e instanceof Expr.Await a) {
      if (!awaitAllowed(current)) {
        throw new PySyntaxError("'await' outside async function", a.line(), a.col());
      }
      expr(a.value());
    } else if (e instanceof Expr.JoinedStr j) {
      j.values().forEach(this::expr);
    } else if (e instanceof Expr.NamedExpr n) {
      expr(n.value());
      if (isComprehension(current)) {
        bindInEnclosing(n.target().id(), n.line(), n.col());
      } else {
        target(n.target());
      }
    } else if (e instanceof Expr.FormattedValue f) {
      expr(f.value());
      if (f.spec() != null) {
        expr(f.spec());
      }
    }
  }

  private void lambda(Expr.Lambda l) {
    defaults(l.params());
    Scope fn = enter(Scope.Kind.FUNCTION, "<lambda>", l);
    params(l.params());
    expr(l.body());
    current = fn.parent;
  }

  /** The first iterable in the enclosing scope, the rest in the comprehension's own function scope. */
  private void comprehension(Expr.Comp c) {
    expr(c.generators().get(0).iter());
    String name = switch (c.kind()) {
      case "list" -> "<listcomp>";
      case "set" -> "<setcomp>";
      case "dict" -> "<dictcomp>";
      default -> "<genexpr>";
    };
    Scope fn = enter(Scope.Kind.FUNCTION, name, c);
    fn.isGenerator = c.kind().equals("gen");
    fn.isCoroutine = c.generators().stream().anyMatch(Expr.Comprehension::isAsync);
    fn.inlined = inlineComprehensions && !fn.isGenerator;
    param(".0");
    // symtable_handle_comprehension's order: outermost target and ifs, then each inner generator's target,
    // iterable and ifs, then a dict comprehension's value before its key.
    for (int i = 0; i < c.generators().size(); i++) {
      Expr.Comprehension g = c.generators().get(i);
      target(g.target());
      if (i > 0) {
        expr(g.iter());
      }
      g.ifs().forEach(this::expr);
    }
    exprs(c.value());
    expr(c.elt());
    current = fn.parent;
  }

  /**
   * await is allowed in an async function, and in a comprehension inside one, which then becomes a coroutine
   * itself (an async generator for a generator expression).
   */
  private static boolean awaitAllowed(Scope s) {
    if (s.kind != Scope.Kind.FUNCTION) {
      return false;
    }
    if (!s.isCoroutine && isComprehension(s) && awaitAllowed(s.parent)) {
      s.isCoroutine = true;
    }
    return s.isCoroutine;
  }

  /**
   * PEP 572: a {@code :=} target inside a comprehension binds in the nearest enclosing function (free in each
   * comprehension on the way: symtable_extend_namedexpr_scope) or module (global in them); a class body is an
   * error.
   */
  private void bindInEnclosing(String n, int line, int col) {
    Scope enclosing = current;
    while (isComprehension(enclosing)) {
      enclosing = enclosing.parent;
    }
    if (enclosing.kind == Scope.Kind.CLASS) {
      throw new PySyntaxError("assignment expression within a comprehension cannot be used in a class body",
          line, col);
    }
    for (Scope s = current; s != enclosing; s = s.parent) {
      (enclosing.kind == Scope.Kind.FUNCTION ? s.nonlocals : s.globals).add(n);
      s.used.add(n);
      s.symbols.putIfAbsent(n, false);
    }
    enclosing.bound.add(n);
    enclosing.symbols.put(n, true);
  }

  private static boolean isComprehension(Scope s) {
    return s.name.startsWith("<") && s.name.endsWith("comp>") || s.name.equals("<genexpr>");
  }

  private void markGenerator(int line, int col) {
    if (current.kind != Scope.Kind.FUNCTION) {
      throw new PySyntaxError("'yield' outside function", line, col);
    }
    current.isGenerator = true;
    if (current.tryBodyDepth > 0) {
      current.yieldInsideTry = true;
    }
  }

  // ---------------------------------------------------------------- Resolution

  private static void resolve(Scope s) {
    for (String n : s.globals) {
      s.resolved.put(n, Scope.Access.GLOBAL_EXPLICIT);
    }
    if (s.kind == Scope.Kind.FUNCTION && insideClass(s)
        && (s.used.contains("super") || s.used.contains("__class__"))) {
      // symtable.c: a function block using super() or __class__ (a method, a function nested in one, or a
      // 3.10/3.11 comprehension) has __class__ free; the enclosing class block provides the cell.
      s.resolved.put("__class__", Scope.Access.FREE);
      s.freevars.add("__class__");
    }
    if (s.kind == Scope.Kind.FUNCTION) {
      for (String n : s.nonlocals) {
        if (findEnclosingBinding(s.parent, n) == null) {
          throw new PySyntaxError("no binding for nonlocal '" + n + "' found", 0, 0);
        }
        s.resolved.put(n, Scope.Access.FREE);
      }
      for (String n : s.bound) {
        s.resolved.putIfAbsent(n, Scope.Access.LOCAL);
      }
    } else {
      for (String n : s.bound) {
        s.resolved.putIfAbsent(n, Scope.Access.NAME);
      }
    }
    for (Scope c : s.children) {
      resolve(c);
    }
    // Free variables of children (and names they use freely) make cells here or pass through.
    for (Scope c : s.children) {
      if (c.inlined) {
        inline(s, c);
        continue;
      }
      for (String n : c.freevars) {
        provide(s, n);
      }
    }
    if (s.kind == Scope.Kind.CLASS) {
      // symtable.c analyze_name: a name a class body uses without binding it, bound in an enclosing function, is
      // free in the class (LOAD_CLASSDEREF: the namespace first, then the cell).
      for (String n : s.used) {
        if (!s.resolved.containsKey(n) && !n.equals("__class__") && findEnclosingBinding(s.parent, n) != null) {
          s.resolved.put(n, Scope.Access.FREE);
          s.freevars.add(n);
        }
      }
    }
    if (s.kind == Scope.Kind.FUNCTION) {
      for (String n : s.used) {
        if (!s.resolved.containsKey(n) && findEnclosingBinding(s.parent, n) != null) {
          s.resolved.put(n, Scope.Access.FREE);
          s.freevars.add(n);
        }
      }
      for (String n : s.nonlocals) {
        s.freevars.add(n);
      }
    }
  }

  /**
   * symtable.c inline_comprehension: the comprehension's names join {@code s}'s symbols; its cells become cells
   * of the code it is inlined into (a local of {@code s} it captures turns into a cell); a name it uses freely
   * that {@code s} binds stays a plain local unless a scope nested in the comprehension needs it.
   */
  private static void inline(Scope s, Scope c) {
    c.symbols.forEach((n, isBound) -> {
      if (!c.params.contains(n)) {
        s.symbols.putIfAbsent(n, isBound);
      }
    });
    for (String n : c.cellvars) {
      s.cellvars.add(n);
      if (s.kind == Scope.Kind.FUNCTION && s.resolved.get(n) == Scope.Access.LOCAL) {
        s.resolved.put(n, Scope.Access.CELL);
      }
    }
    for (String n : c.freevars) {
      if (closedOverInside(c, n) || s.kind == Scope.Kind.CLASS || s.resolved.get(n) != Scope.Access.LOCAL) {
        provide(s, n);
      }
    }
  }

  /** Whether a function nested in {@code c} (not counting inlined comprehensions) has {@code n} free. */
  private static boolean closedOverInside(Scope c, String n) {
    for (Scope cc : c.children) {
      if (cc.inlined ? closedOverInside(cc, n) : cc.freevars.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** A child needs {@code n} from {@code s}: make it a cell if {@code s} binds it, else pass it through. */
  private static void provide(Scope s, String n) {
    Scope.Access a = s.resolved.get(n);
    if (s.kind == Scope.Kind.FUNCTION && a == Scope.Access.LOCAL) {
      s.resolved.put(n, Scope.Access.CELL);
      s.cellvars.add(n);
    } else if (a == Scope.Access.CELL) {
      return;
    } else if (s.kind == Scope.Kind.FUNCTION && a == Scope.Access.FREE) {
      s.freevars.add(n);
    } else if (s.kind == Scope.Kind.CLASS && n.equals("__class__")) {
      s.cellvars.add(n);
    } else if (a == null || s.kind == Scope.Kind.CLASS) {
      if (s.kind != Scope.Kind.MODULE) {
        s.freevars.add(n);
        if (s.kind == Scope.Kind.FUNCTION) {
          s.resolved.put(n, Scope.Access.FREE);
        }
      }
    }
  }

  private static boolean insideClass(Scope s) {
    for (Scope p = s.parent; p != null; p = p.parent) {
      if (p.kind == Scope.Kind.CLASS) {
        return true;
      }
    }
    return false;
  }

  private static Scope findEnclosingBinding(Scope s, String n) {
    for (Scope p = s; p != null; p = p.parent) {
      if (p.kind == Scope.Kind.FUNCTION && (p.bound.contains(n) && !p.globals.contains(n))) {
        return p;
      }
      if (p.kind == Scope.Kind.FUNCTION && p.nonlocals.contains(n)) {
        return p;
      }
    }
    return null;
  }
}
