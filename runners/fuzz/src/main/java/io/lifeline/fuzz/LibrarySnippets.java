package io.lifeline.fuzz;

import static io.lifeline.fuzz.Expr.call;
import static io.lifeline.fuzz.Expr.name;
import static io.lifeline.fuzz.Expr.none;
import static io.lifeline.fuzz.Expr.str;
import static io.lifeline.fuzz.Stmt.assign;
import static io.lifeline.fuzz.Stmt.def;
import static io.lifeline.fuzz.Stmt.event;
import static io.lifeline.fuzz.Stmt.expr;

import io.lifeline.fuzz.Expr.Arg;
import io.lifeline.fuzz.Stmt.Block;
import io.lifeline.fuzz.Stmt.Handler;
import io.lifeline.fuzz.Stmt.Try;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generator's snippets over library constructs that hold references in C or in Python source of their own:
 * {@code functools.partial} and {@code lru_cache}, the C iterators ({@code map}, {@code filter}, {@code zip},
 * {@code enumerate}, {@code itertools}), {@code collections.deque}, dataclass instances, a property's deleter,
 * annotated assignments, async generators and asyncio tasks. The modules they use are imported on the program's
 * first line, before the collection of import garbage: PyPy's imports leave finalizable garbage (the module files
 * read) that the models' imports do not, and a later collection would run the program's finalizers behind it.
 *
 * <p>Validity rules, beyond the generator's: iterators are consumed at most to their length; nothing iterates a
 * set or a {@code WeakSet} of more than one element (CPython orders them by address), so each
 * {@code asyncio.run} leaves at most one task and one async generator unfinished for the loop to cancel or close;
 * nothing outlives its {@code asyncio.run} that needs the loop to die (an unfinished async generator's finalizer
 * hook calls into the loop).
 */
final class LibrarySnippets {

  /** What a snippet needs from the program being written. */
  interface Source {
    /** A new observed object expression. */
    Expr object();

    /** A fresh label {@code o7} for an object the snippet makes itself. */
    String label();

    String fresh(String prefix);

    boolean chance(double p);

    int nextInt(int bound);
  }

  /** The number of snippet kinds; {@link #snippet} takes one of {@code 0..KINDS-1}. */
  static final int KINDS = 9;

  private final Source src;
  private final Set<String> modules = new TreeSet<>();

  LibrarySnippets(Source src) {
    this.src = src;
  }

  /** Appends snippet {@code kind} to {@code body}; returns the globals it leaves holding objects. */
  List<String> snippet(int kind, List<Stmt> body) {
    return switch (kind) {
      case 0 -> partial(body);
      case 1 -> iterator(body);
      case 2 -> dataclass(body);
      case 3 -> deque(body);
      case 4 -> lruCache(body);
      case 5 -> propertyDeleter(body);
      case 6 -> annotated(body);
      case 7 -> asyncGenerator(body);
      default -> task(body);
    };
  }

  /** The modules the snippets written so far use, for the program's first line. */
  Set<String> modules() {
    return modules;
  }

  private static String src(Expr e) {
    return PythonPrinter.expr(e);
  }

  /** Drops {@code v} (with an event), maybe collects; or keeps it as a global the caller may drop later. */
  private List<String> dropOrKeep(List<Stmt> body, String v, boolean collect) {
    if (src.chance(0.3)) {
      return List.of(v);
    }
    body.add(new Stmt.Del(v));
    body.add(event("dropped", v));
    if (collect) {
      body.add(expr(call("gc.collect")));
      body.add(event("collected", v));
    }
    return List.of();
  }

  /** A partial holding an object as argument or keyword: called, dropped, or kept in a cycle through its dict. */
  private List<String> partial(List<Stmt> body) {
    modules.add("functools");
    String f = src.fresh("pf");
    body.add(def("def " + f + "(x, y=None)", List.of(event("called", f), assign("x", none()), event("rebound", f))));
    String p = src.fresh("p");
    Arg held = src.chance(0.5) ? Arg.pos(src.object()) : new Arg(Arg.Kind.KEYWORD, "y", src.object());
    body.add(assign(p, new Expr.Call(Expr.dotted("functools.partial"), List.of(Arg.pos(name(f)), held))));
    if (src.chance(0.5)) {
      List<Arg> args = held.kind() == Arg.Kind.KEYWORD ? List.of(Arg.pos(src.object())) : List.of();
      body.add(expr(new Expr.Call(name(p), args)));
      body.add(event("returned", p));
    }
    boolean cycle = src.chance(0.3);
    if (cycle) {
      body.add(assign(p + ".me", name(p)));
    }
    return dropOrKeep(body, p, cycle || src.chance(0.3));
  }

  /** An object flowing through a C iterator over temporaries, partly consumed, then dropped or kept. */
  private List<String> iterator(List<Stmt> body) {
    String a = src(new Expr.ListOf(List.of(src.object(), src.object())));
    String b = src(new Expr.ListOf(List.of(src.object())));
    boolean itertools = src.chance(0.5);
    String made;
    int length;
    if (itertools) {
      modules.add("itertools");
      int kind = src.nextInt(8);
      made = switch (kind) {
        case 0 -> "itertools.chain(" + a + ", " + b + ")";
        case 1 -> "itertools.islice(" + a + ", 1, None)";
        case 2 -> "itertools.zip_longest(" + a + ", " + b + ")";
        case 3 -> "itertools.repeat(" + src(src.object()) + ", 2)";
        case 4 -> "itertools.cycle(" + a + ")";
        case 5 -> "itertools.product(" + a + ", " + b + ")";
        case 6 -> "itertools.compress(" + a + ", [1, 0])";
        default -> "itertools.takewhile(lambda x: True, " + a + ")";
      };
      length = switch (kind) {
        case 1, 6 -> 1;
        case 0 -> 3;
        default -> 2;
      };
    } else {
      int kind = src.nextInt(4);
      made = switch (kind) {
        case 0 -> "map(" + (src.chance(0.5) ? "str" : "lambda x: [x]") + ", " + a + ")";
        case 1 -> "filter(None, " + a + ")";
        case 2 -> "zip(" + a + ", " + b + ")";
        default -> "enumerate(" + a + ")";
      };
      length = kind == 2 ? 1 : 2;
    }
    String it = src.fresh("it");
    body.add(assign(it, new Expr.Raw(made)));
    int steps = src.nextInt(length + 1);
    for (int i = 0; i < steps; i++) {
      // A kept item lives on in a global; a dropped one is released at once (or reused: zip's result tuple).
      body.add(src.chance(0.5) ? expr(call("next", name(it))) : assign(src.fresh("item"), call("next", name(it))));
      body.add(event("next", it, Integer.toString(i)));
    }
    return dropOrKeep(body, it, false);
  }

  /** A dataclass instance with a field holding an object and a {@code __del__}: replaced, rebound or dropped. */
  private List<String> dataclass(List<Stmt> body) {
    modules.add("dataclasses");
    String cls = src.fresh("D");
    body.add(new Block(Block.Kind.CLASS, List.of("dataclasses.dataclass"), "class " + cls, List.of(
        new Stmt.ExprStmt(new Expr.Raw("tag: str")),
        new Stmt.ExprStmt(new Expr.Raw("x: object = None")),
        def("def __del__(self)", List.of(expr(call("event", str("del"), name("self.tag"))))))));
    String d = src.fresh("d");
    Expr made = src.chance(0.5)
        ? call(cls, str(src.label()), src.object())
        : new Expr.Call(name(cls), List.of(Arg.pos(str(src.label())), new Arg(Arg.Kind.KEYWORD, "x", src.object())));
    body.add(assign(d, made));
    switch (src.nextInt(3)) {
      case 0 -> {
        body.add(assign(d, new Expr.Call(Expr.dotted("dataclasses.replace"),
            List.of(Arg.pos(name(d)), new Arg(Arg.Kind.KEYWORD, "tag", str(src.label()))))));
        body.add(event("replaced", d));
      }
      case 1 -> {
        body.add(assign(d + ".x", none()));
        body.add(event("rebound", d));
      }
      default -> {
        body.add(assign(d + ".x", name(d)));
      }
    }
    return dropOrKeep(body, d, src.chance(0.5));
  }

  /** A deque of objects popped from the left, rotated, cleared, or pushed past its maxlen. */
  private List<String> deque(List<Stmt> body) {
    modules.add("collections");
    String q = src.fresh("dq");
    boolean bounded = src.chance(0.3);
    Expr items = new Expr.ListOf(List.of(src.object(), src.object(), src.object()));
    body.add(assign(q, bounded
        ? new Expr.Call(Expr.dotted("collections.deque"), List.of(Arg.pos(items), new Arg(Arg.Kind.KEYWORD, "maxlen", new Expr.Const("3"))))
        : call("collections.deque", items)));
    int size = 3;
    int ops = 1 + src.nextInt(2);
    for (int i = 0; i < ops && size > 0; i++) {
      switch (src.nextInt(5)) {
        case 0 -> {
          body.add(expr(call(q + ".popleft")));
          size--;
        }
        case 1 -> body.add(expr(call(q + ".rotate", new Expr.Const(src.chance(0.5) ? "1" : "-1"))));
        case 2 -> {
          body.add(expr(call(q + ".clear")));
          size = 0;
        }
        case 3 -> {
          body.add(expr(call(q + ".append", src.object())));
          size = bounded ? 3 : size + 1;
        }
        default -> {
          body.add(expr(call(q + ".appendleft", src.object())));
          size = bounded ? 3 : size + 1;
        }
      }
      body.add(event("deque", q, Integer.toString(i)));
    }
    return dropOrKeep(body, q, false);
  }

  /** A cached function called with objects (a hit, a miss, an eviction), then {@code cache_clear()}. */
  private List<String> lruCache(List<Stmt> body) {
    modules.add("functools");
    String f = src.fresh("lc");
    String decorator = switch (src.nextInt(3)) {
      case 0 -> "functools.lru_cache(maxsize=1)";
      case 1 -> "functools.lru_cache(maxsize=None)";
      default -> "functools.lru_cache";
    };
    boolean wraps = src.chance(0.5);
    body.add(new Block(Block.Kind.DEF, List.of(decorator), "def " + f + "(x)", List.of(
        event("compute", f),
        new Stmt.Return(wraps ? new Expr.ListOf(List.of(name("x"))) : name("x")))));
    String k = src.fresh("k");
    body.add(assign(k, src.object()));
    body.add(expr(call(f, name(k))));
    body.add(event("cached", f));
    int more = src.nextInt(3);
    for (int i = 0; i < more; i++) {
      body.add(src.chance(0.5) ? expr(call(f, name(k))) : expr(call(f, src.object())));
      body.add(event("cached", f, Integer.toString(i)));
    }
    body.add(new Stmt.Del(k));
    body.add(event("dropped", k));
    if (src.chance(0.8)) {
      body.add(expr(call(f + ".cache_clear")));
      body.add(event("cleared", f));
    }
    return List.of();
  }

  /** A property whose deleter drops the attribute holding an object; or the instance dropped with it. */
  private List<String> propertyDeleter(List<Stmt> body) {
    String cls = src.fresh("P");
    body.add(new Block(Block.Kind.CLASS, List.of(), "class " + cls, List.of(
        new Block(Block.Kind.DEF, List.of("property"), "def v(self)", List.of(new Stmt.Return(name("self._v")))),
        new Block(Block.Kind.DEF, List.of("v.setter"), "def v(self, value)", List.of(assign("self._v", name("value")))),
        new Block(Block.Kind.DEF, List.of("v.deleter"), "def v(self)", List.of(
            event("deleting", cls), new Stmt.Del("self._v"), event("deleted", cls))))));
    String p = src.fresh("pr");
    body.add(assign(p, call(cls)));
    body.add(assign(p + ".v", src.object()));
    if (src.chance(0.3)) {
      body.add(assign(p + ".v", src.object()));
    }
    if (src.chance(0.7)) {
      body.add(new Stmt.Del(p + ".v"));
      body.add(event("property", p));
    }
    return dropOrKeep(body, p, false);
  }

  /** An annotated assignment of an object: a variable (a local in a scope) or a class attribute. */
  private List<String> annotated(List<Stmt> body) {
    if (src.chance(0.5)) {
      String v = src.fresh("an");
      body.add(new Stmt.ExprStmt(new Expr.Raw(v + ": object = " + src(src.object()))));
      body.add(event("annotated", v));
      if (src.chance(0.5)) {
        body.add(new Stmt.ExprStmt(new Expr.Raw(v + ": A = " + src(src.object()))));
        body.add(event("reannotated", v));
      }
      return dropOrKeep(body, v, false);
    }
    String cls = src.fresh("N");
    body.add(new Block(Block.Kind.CLASS, List.of(), "class " + cls, List.of(
        new Stmt.ExprStmt(new Expr.Raw("held: object = " + src(src.object()))),
        new Stmt.ExprStmt(new Expr.Raw("count: int = 0")))));
    body.add(event("defined", cls));
    if (src.chance(0.5)) {
      body.add(assign(cls + ".held", none()));
      body.add(event("rebound", cls));
      return List.of(cls);
    }
    // A class is in cycles (its __mro__, its __dict__'s descriptors): it goes at a collection only.
    return dropOrKeep(body, cls, true);
  }

  /**
   * An async generator over objects in {@code asyncio.run}: advanced by {@code asend}, closed by {@code aclose},
   * broken out of an {@code async for}, or left suspended for the loop's finalizer hook and shutdown.
   */
  private List<String> asyncGenerator(List<Stmt> body) {
    modules.add("asyncio");
    String ag = src.fresh("ag");
    List<Stmt> steps = new ArrayList<>();
    steps.add(assign("v", new Expr.Yield(name("a"))));
    steps.add(expr(call("event", str("sent"), str(ag), call("str", name("v")))));
    steps.add(assign("v", none()));
    steps.add(expr(new Expr.Yield(src.object())));
    List<Stmt> gbody = new ArrayList<>();
    gbody.add(assign("x", src.object()));
    if (src.chance(0.6)) {
      gbody.add(new Try(steps, List.of(), List.of(event("finally", ag))));
    } else {
      gbody.addAll(steps);
    }
    gbody.add(event("exhausted", ag));
    body.add(def("async def " + ag + "(a)", gbody));
    String main = src.fresh("main");
    List<Stmt> mbody = new ArrayList<>();
    if (src.chance(0.3)) {
      mbody.add(new Block(Block.Kind.FOR, List.of(), "async for y in " + ag + "(" + src(src.object()) + ")", List.of(
          event("each", ag), new Stmt.Del("y"), new Block(Block.Kind.IF, List.of(), "if " + (src.chance(0.5) ? "True" : "False"),
              List.of(expr(new Expr.Raw("break")))))));
    } else {
      mbody.add(assign("g", call(ag, src.object())));
      mbody.add(expr(new Expr.Await(call("g.asend", none()))));
      mbody.add(event("started", ag));
      int state = 1;
      if (src.chance(0.5)) {
        mbody.add(expr(new Expr.Await(call("g.asend", src.chance(0.5) ? src.object() : none()))));
        mbody.add(event("resumed", ag));
        state = 2;
      }
      if (src.chance(0.5)) {
        mbody.add(expr(new Expr.Await(call("g.aclose"))));
        mbody.add(event("closed", ag));
      } else if (src.chance(0.5)) {
        mbody.add(new Stmt.Del("g"));
        mbody.add(event("dropped", ag, Integer.toString(state)));
      }
    }
    mbody.add(event("leaving", main));
    body.add(def("async def " + main + "()", mbody));
    run(body, main);
    return List.of();
  }

  /**
   * {@code asyncio.run(main())}, then two collections: on PyPy the loop's internals (self-pipe sockets, the
   * selector) are finalizable garbage, the loop in the first collection and what it reaches in the next, and they
   * change the order of the finalizer queue there; the models' I/O-free asyncio has none of them.
   */
  private static void run(List<Stmt> body, String main) {
    body.add(expr(call("asyncio.run", call(main))));
    body.add(event("ran", main));
    body.add(expr(call("gc.collect")));
    body.add(expr(call("gc.collect")));
    body.add(event("flushed", main));
  }

  /**
   * An asyncio task whose coroutine holds an object, completed, cancelled before or after it starts, or left
   * for {@code asyncio.run} to cancel; its result maybe the object.
   */
  private List<String> task(List<Stmt> body) {
    modules.add("asyncio");
    String co = src.fresh("tk");
    boolean returns = src.chance(0.4);
    body.add(def("async def " + co + "(a)", List.of(
        assign("x", src.object()),
        event("start", co),
        expr(new Expr.Await(call("asyncio.sleep", new Expr.Const("0")))),
        event("finish", co),
        new Stmt.Return(returns ? name("a") : none()))));
    String main = src.fresh("main");
    List<Stmt> mbody = new ArrayList<>();
    mbody.add(assign("t", call("asyncio.ensure_future", call(co, src.object()))));
    int how = src.nextInt(4);
    if (how != 1 && src.chance(0.5)) {
      mbody.add(expr(new Expr.Await(call("asyncio.sleep", new Expr.Const("0")))));
      mbody.add(event("yielded", main));
    }
    switch (how) {
      case 0 -> {
        mbody.add(expr(new Expr.Await(name("t"))));
        mbody.add(event("awaited", co));
      }
      case 1 -> mbody.add(event("left", co));
      default -> {
        mbody.add(expr(call("t.cancel")));
        mbody.add(new Try(List.of(expr(new Expr.Await(name("t")))),
            List.of(new Handler("asyncio.CancelledError", null, List.of(event("cancelled", co)))), List.of()));
      }
    }
    if (how != 1 && src.chance(0.5)) {
      mbody.add(new Stmt.Del("t"));
      mbody.add(event("dropped", co));
    }
    mbody.add(event("leaving", main));
    body.add(def("async def " + main + "()", mbody));
    run(body, main);
    return List.of();
  }
}
