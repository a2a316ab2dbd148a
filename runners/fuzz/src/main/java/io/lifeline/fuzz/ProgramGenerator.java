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
import java.util.SplittableRandom;

/**
 * Generates random lifetime programs. Program {@code i} of seed {@code s} depends on {@code (s, i)} only (its own
 * {@link SplittableRandom}), so parallel runs generate the same programs as serial ones.
 *
 * <p>A program is a fixed header (the five modules and those the library's snippets use, {@code gc.disable()}, one {@code gc.collect()} for import
 * garbage, the observed classes {@code A} with {@code __del__} and {@code W} seen through weakref callbacks),
 * then a random sequence of snippets, each exercising one lifetime construct on freshly labelled objects, some
 * wrapped in a function so their names are locals. Every object gets a unique label ({@code o1}, {@code o2}...)
 * and every event names it, so event lists can be diffed. Validity rules the snippets keep:
 *
 * <ul>
 *   <li>only CPython 3.10 and PyPy 3.9 syntax; no set of objects, {@code id()}, {@code hash()} or default
 *       {@code repr} (addresses), no collect counts (they differ by version), no loops that could hang;
 *   <li>a generator or coroutine operation that raises is wrapped in {@code try/except} of what it raises, decided
 *       by simulating the generator's state ({@link Suspendable});
 *   <li>every name used is defined before, and a global is deleted at most once.
 * </ul>
 */
public final class ProgramGenerator {

  /** Top-level snippets per program, inclusive bounds. */
  static final int MIN_SNIPPETS = 3;
  static final int MAX_SNIPPETS = 8;

  /** The leading statements every program starts with and shrinking keeps: imports, gc.disable(), gc.collect(). */
  public static final int PROLOGUE = 3;

  /** The weight of the library's snippets ({@link LibrarySnippets}) against the language's 106: about a fifth. */
  static final int LIBRARY_WEIGHT = 27;

  private final long seed;

  public ProgramGenerator(long seed) {
    this.seed = seed;
  }

  /** Program number {@code index} of this generator's seed. */
  public Program program(int index) {
    SplittableRandom random = new SplittableRandom(mix(seed, index));
    return new Writer(random).write(seed, index);
  }

  /** A 64-bit mix of seed and index (SplitMix64's finalizer), so neighbouring seeds give unrelated programs. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The state of one program being written. */
  private static final class Writer implements LibrarySnippets.Source {
    private final SplittableRandom random;
    private final LibrarySnippets library = new LibrarySnippets(this);
    private final List<Stmt> out = new ArrayList<>();
    /** Globals holding objects that a later snippet may delete. */
    private final List<String> droppable = new ArrayList<>();
    private int labels;
    private int names;
    private boolean suspendDefined;
    private boolean resurrectorDefined;

    Writer(SplittableRandom random) {
      this.random = random;
    }

    Program write(long seed, int index) {
      header();
      int snippets = MIN_SNIPPETS + random.nextInt(MAX_SNIPPETS - MIN_SNIPPETS + 1);
      for (int i = 0; i < snippets; i++) {
        boolean wrap = chance(0.25);
        List<Stmt> body = new ArrayList<>();
        List<String> keep = snippet(body, wrap);
        if (wrap) {
          String fn = fresh("scope");
          out.add(def("def " + fn + "()", body));
          out.add(expr(call(fn)));
        } else {
          out.addAll(body);
          droppable.addAll(keep);
        }
        if (chance(0.3)) {
          out.add(expr(call("gc.collect")));
        }
        out.add(event("at", Integer.toString(i + 1)));
      }
      out.add(expr(call("gc.collect")));
      out.add(event("end"));
      Set<String> modules = new TreeSet<>(library.modules());
      modules.addAll(List.of("contextlib", "gc", "sys", "types", "weakref"));
      out.set(0, new Stmt.ExprStmt(new Expr.Raw("import " + String.join(", ", modules))));
      return new Program(seed, index, out);
    }

    private void header() {
      out.add(new Stmt.ExprStmt(new Expr.Raw("import contextlib, gc, sys, types, weakref")));
      out.add(expr(call("gc.disable")));
      out.add(expr(call("gc.collect")));
      out.add(new Block(Block.Kind.CLASS, List.of(), "class A", List.of(
          def("def __init__(self, label)", List.of(assign("self.label", name("label")))),
          def("def __repr__(self)", List.of(new Stmt.Return(name("self.label")))),
          def("def __del__(self)", List.of(expr(call("event", str("del"), name("self.label"))))),
          def("def take(self, x)", List.of(
              expr(call("event", str("take"), name("self.label"))),
              assign("x", none()),
              expr(call("event", str("took"), name("self.label"))))))));
      out.add(new Block(Block.Kind.CLASS, List.of(), "class W", List.of(
          def("def __init__(self, label)", List.of(assign("self.label", name("label")))),
          def("def __repr__(self)", List.of(new Stmt.Return(name("self.label")))))));
      out.add(assign("refs", new Expr.ListOf(List.of())));
      out.add(def("def watch(obj)", List.of(
          expr(new Expr.Call(Expr.dotted("refs.append"), List.of(Arg.pos(new Expr.Raw(
              "weakref.ref(obj, lambda r, label=obj.label: event('cb', label))"))))),
          new Stmt.Return(name("obj")))));
    }

    /** Appends one snippet to {@code body}; returns the globals it leaves holding objects. */
    private List<String> snippet(List<Stmt> body, boolean local) {
      // 0..105 the language's constructs (their shares as before the library's were added), then the library's.
      int pick = random.nextInt(106 + LIBRARY_WEIGHT);
      if (!local && pick < 6 && !droppable.isEmpty()) {
        String victim = droppable.remove(random.nextInt(droppable.size()));
        body.add(chance(0.5) ? new Stmt.Del(victim) : assign(victim, none()));
        body.add(event("dropped", victim));
        return List.of();
      }
      if (pick < 20) {
        return pythonCall(body);
      } else if (pick < 30) {
        return nativeCall(body);
      } else if (pick < 45) {
        return generator(body);
      } else if (pick < 55) {
        return coroutine(body);
      } else if (pick < 67) {
        return exception(body);
      } else if (pick < 75) {
        return frame(body);
      } else if (pick < 82) {
        return container(body);
      } else if (pick < 89) {
        return cycle(body);
      } else if (pick < 94) {
        return withBlock(body);
      } else if (pick < 96) {
        return closure(body);
      } else if (pick < 98) {
        return resurrection(body);
      } else if (pick < 99) {
        return finalizer(body);
      } else if (pick < 100) {
        return comprehension(body);
      } else if (pick < 106) {
        return nativeExtension(body);
      }
      return library.snippet((pick - 106) % LibrarySnippets.KINDS, body);
    }

    // ---- objects

    /** A new observed object: {@code A('o3')}, {@code watch(A('o3'))} or {@code watch(W('o3'))}. */
    @Override
    public Expr object() {
      Expr label = str("o" + (++labels));
      int kind = random.nextInt(3);
      Expr made = call(kind == 2 ? "W" : "A", label);
      return kind == 0 ? made : call("watch", made);
    }

    @Override
    public String label() {
      return "o" + (++labels);
    }

    @Override
    public String fresh(String prefix) {
      return prefix + (++names);
    }

    @Override
    public boolean chance(double p) {
      return random.nextDouble() < p;
    }

    @Override
    public int nextInt(int bound) {
      return random.nextInt(bound);
    }

    private <T> T oneOf(List<T> items) {
      return items.get(random.nextInt(items.size()));
    }

    // ---- snippets

    /** A Python function called with temporaries: positionally, by keyword, through *args, or a bound method. */
    private List<String> pythonCall(List<Stmt> body) {
      String f = fresh("f");
      int mode = random.nextInt(6);
      String param = mode == 2 ? "args" : "x";
      List<Stmt> fbody = new ArrayList<>();
      fbody.add(event("enter", f));
      int action = random.nextInt(5);
      switch (action) {
        case 0 -> fbody.add(assign(param, none()));
        case 1 -> fbody.add(new Stmt.Del(param));
        case 2 -> fbody.add(expr(call("gc.collect")));
        case 3 -> { }
        default -> fbody.add(new Stmt.Return(name(param)));
      }
      if (action != 4) {
        fbody.add(event("leave", f));
      }
      Expr callee;
      List<Arg> args = new ArrayList<>();
      String header;
      switch (mode) {
        case 0 -> {
          header = "def " + f + "(x)";
          args.add(Arg.pos(object()));
          callee = name(f);
        }
        case 1 -> {
          header = "def " + f + "(*, x)";
          args.add(new Arg(Arg.Kind.KEYWORD, "x", object()));
          callee = name(f);
        }
        case 2 -> {
          header = "def " + f + "(*args)";
          Expr packed = chance(0.5) ? new Expr.ListOf(List.of(object())) : new Expr.TupleOf(List.of(object(), object()));
          args.add(new Arg(Arg.Kind.STAR, null, packed));
          callee = name(f);
        }
        case 3 -> {
          header = "def " + f + "(x, y)";
          args.add(Arg.pos(object()));
          args.add(Arg.pos(object()));
          callee = name(f);
        }
        case 4 -> {
          // A bound method of a class of its own; the unused method is there for the shrinker to remove.
          String cls = fresh("C");
          List<Stmt> methods = new ArrayList<>();
          methods.add(def("def m(self, x)", fbody));
          methods.add(def("def unused(self)", List.of(new Stmt.Return(new Expr.Const("1")))));
          body.add(new Block(Block.Kind.CLASS, List.of(), "class " + cls, methods));
          args.add(Arg.pos(object()));
          return finishCall(body, new Expr.Attr(call(cls), "m"), args, action == 4);
        }
        default -> {
          // A's own bound method, or a constructor reaching a Python __init__ (called twice: 3.13 specializes).
          if (chance(0.5)) {
            String holder = fresh("h");
            Expr made = call("A", str("o" + (++labels)));
            body.add(assign(holder, chance(0.5) ? made : call("watch", made)));
            args.add(Arg.pos(object()));
            body.add(expr(new Expr.Call(new Expr.Attr(name(holder), "take"), args)));
            body.add(event("called", holder));
            body.add(new Stmt.Del(holder));
            return List.of();
          }
          String cls = fresh("K");
          body.add(new Block(Block.Kind.CLASS, List.of(), "class " + cls, List.of(
              def("def __init__(self, x)", List.of(event("init", cls),
                  chance(0.5) ? assign("x", none()) : assign("self.x", name("x")))))));
          for (int i = 0; i < 2; i++) {
            body.add(expr(call(cls, object())));
            body.add(event("constructed", cls, Integer.toString(i)));
          }
          return List.of();
        }
      }
      body.add(def(header, fbody));
      return finishCall(body, callee, args, action == 4);
    }

    private List<String> finishCall(List<Stmt> body, Expr callee, List<Arg> args, boolean returns) {
      return keepOrDrop(body, new Expr.Call(callee, args), returns && chance(0.7), "r", "returned");
    }

    /**
     * Adds {@code c} as a statement: assigned to a fresh variable named after {@code var} when {@code keep} (which is
     * returned, as the names the caller may use), else discarded; then the event {@code label} (with the variable).
     */
    private List<String> keepOrDrop(List<Stmt> body, Expr c, boolean keep, String var, String label) {
      if (keep) {
        String v = fresh(var);
        body.add(assign(v, c));
        body.add(event(label, v));
        return List.of(v);
      }
      body.add(expr(c));
      body.add(event(label));
      return List.of();
    }

    /** A builtin (C) function called with temporaries. */
    private List<String> nativeCall(List<Stmt> body) {
      Expr c = switch (random.nextInt(7)) {
        case 0 -> call("isinstance", object(), name("object"));
        case 1 -> call("list", new Expr.ListOf(List.of(object())));
        case 2 -> call("len", new Expr.ListOf(List.of(object(), object())));
        case 3 -> call("getattr", object(), str("label"), object());
        case 4 -> call("hasattr", object(), str("label"));
        case 5 -> call("type", object());
        default -> call("str", object());
      };
      return keepOrDrop(body, c, chance(0.4), "v", "native");
    }

    /** A generator created (maybe in a cycle with its argument), advanced, sent to, thrown into, closed, dropped. */
    private List<String> generator(List<Stmt> body) {
      if (chance(0.15)) {
        String ge = fresh("ge");
        body.add(assign(ge, new Expr.Raw("(x for x in " + PythonPrinter.expr(new Expr.ListOf(List.of(object(), object()))) + ")")));
        body.add(event("next", ge, "x"));
        body.add(expr(call("next", name(ge))));
        body.add(new Stmt.Del(ge));
        body.add(event("dropped", ge));
        return List.of();
      }
      String g = fresh("g");
      boolean guarded = chance(0.6);
      List<Stmt> steps = new ArrayList<>();
      steps.add(assign("v", new Expr.Yield(new Expr.Const("1"))));
      steps.add(expr(call("event", str("sent"), str(g), name("v"))));
      steps.add(expr(new Expr.Yield(new Expr.Const("2"))));
      List<Stmt> gbody = new ArrayList<>();
      gbody.add(assign("x", object()));
      if (guarded) {
        gbody.add(new Try(steps, List.of(), List.of(event("finally", g))));
      } else {
        gbody.addAll(steps);
      }
      gbody.add(event("exhausted", g));
      if (chance(0.25)) {
        // Delegation: the generator driven is an outer one running the body above through yield from.
        String inner = g;
        g = fresh("outer");
        body.add(def("def " + inner + "(a)", gbody));
        gbody = List.of(assign("y", new Expr.Raw("yield from " + inner + "(a)")), event("delegated", g));
      }
      body.add(def("def " + g + "(a)", gbody));
      Held held = hold(body, g, 0.3, "gen", "it");
      drive(body, new Suspendable(held.ref(), g, false));
      return finishSuspendable(body, held);
    }

    /** An async def awaiting a {@code types.coroutine}, driven by send/throw/close like a generator. */
    private List<String> coroutine(List<Stmt> body) {
      if (!suspendDefined) {
        suspendDefined = true;
        out.add(new Block(Block.Kind.DEF, List.of("types.coroutine"), "def suspend(v)", List.of(
            assign("got", new Expr.Yield(name("v"))),
            new Stmt.Return(name("got")))));
      }
      String c = fresh("co");
      List<Stmt> steps = new ArrayList<>();
      steps.add(assign("v", new Expr.Await(call("suspend", new Expr.Const("1")))));
      steps.add(expr(call("event", str("resumed"), str(c), name("v"))));
      steps.add(assign("v", new Expr.Await(call("suspend", new Expr.Const("2")))));
      List<Stmt> cbody = new ArrayList<>();
      cbody.add(assign("x", object()));
      if (chance(0.6)) {
        cbody.add(new Try(steps, List.of(), List.of(event("finally", c))));
      } else {
        cbody.addAll(steps);
      }
      cbody.add(event("exhausted", c));
      body.add(def("async def " + c + "(a)", cbody));
      // In a cycle, a task with its argument: a coroutine stored on the object it works for.
      Held held = hold(body, c, 0.25, "task", "task");
      Suspendable s = new Suspendable(held.ref(), c, true);
      s.emit(body, Suspendable.Op.SEND_NONE, null);
      drive(body, s);
      return finishSuspendable(body, held);
    }

    /** Where a generator or coroutine is held: its reference, and the object owning it (null for a plain name). */
    private record Held(String ref, String owner) {
      /** The global name that keeps it alive: the owner's, else its own. */
      String name() {
        return owner != null ? owner : ref;
      }
    }

    /**
     * Calls {@code fn} and keeps the result: with probability {@code inCycle} in attribute {@code attr} of a new
     * tracked object that is also the call's argument (a cycle through the frame), else in a fresh name
     * ({@code prefix}) with a fresh object as the argument.
     */
    private Held hold(List<Stmt> body, String fn, double inCycle, String attr, String prefix) {
      if (chance(inCycle)) {
        String owner = fresh("b");
        body.add(assign(owner, call("A", str("o" + (++labels)))));
        String ref = owner + "." + attr;
        body.add(assign(ref, call(fn, name(owner))));
        return new Held(ref, owner);
      }
      String ref = fresh(prefix);
      body.add(assign(ref, call(fn, object())));
      return new Held(ref, null);
    }

    private void drive(List<Stmt> body, Suspendable s) {
      int ops = 1 + random.nextInt(3);
      for (int i = 0; i < ops && !s.finished(); i++) {
        Suspendable.Op op = oneOf(List.of(Suspendable.Op.values()));
        if (op == Suspendable.Op.SEND_VALUE && s.unstarted()) {
          op = Suspendable.Op.SEND_NONE;
        }
        s.emit(body, op, op == Suspendable.Op.SEND_VALUE ? object() : null);
        if (chance(0.2)) {
          body.add(expr(call("gc.collect")));
        }
      }
    }

    private List<String> finishSuspendable(List<Stmt> body, Held held) {
      if (chance(0.6)) {
        body.add(new Stmt.Del(held.name()));
        body.add(event("dropped", held.name()));
        if (held.owner() != null || chance(0.5)) {
          body.add(expr(call("gc.collect")));
          body.add(event("collected"));
        }
        return List.of();
      }
      return List.of(held.name());
    }

    /** An exception raised in a callee holding objects, caught with or without {@code as}, stored or chained. */
    private List<String> exception(List<Stmt> body) {
      if (chance(0.15)) {
        body.add(new Try(List.of(expr(new Expr.Raw("[x + 1 for x in " + PythonPrinter.expr(new Expr.ListOf(List.of(object()))) + "]"))),
            List.of(new Handler("TypeError", null, List.of(event("caught", "comprehension")))), List.of()));
        return List.of();
      }
      String f = fresh("f");
      body.add(def("def " + f + "(a)", List.of(assign("x", object()), event("raising", f),
          new Stmt.Raise(call("ValueError", str(f)), null))));
      List<String> keep = new ArrayList<>();
      boolean as = chance(0.6);
      List<Stmt> handler = new ArrayList<>();
      handler.add(event("caught", f));
      int what = as ? random.nextInt(5) : random.nextInt(2) * 4;
      String stored = null;
      switch (what) {
        case 1 -> {
          stored = fresh("kept");
          handler.add(new Stmt.Decl("global", List.of(stored)));
          handler.add(assign(stored, name("e")));
        }
        case 2 -> {
          stored = fresh("tb");
          handler.add(new Stmt.Decl("global", List.of(stored)));
          handler.add(assign(stored, new Expr.Attr(name("e"), "__traceback__")));
        }
        case 3 -> handler.add(assign("e.__traceback__", none()));
        default -> { }
      }
      if (chance(0.3)) {
        handler.add(expr(call("event", str("info"), new Expr.Raw("sys.exc_info()[0].__name__"))));
      }
      Stmt.Try inner = new Try(List.of(expr(call(f, object()))),
          List.of(new Handler("ValueError", as ? "e" : null, handler)), List.of());
      if (chance(0.3)) {
        // Chained: the handler raises anew, with or without an explicit cause.
        List<Stmt> h = new ArrayList<>(handler);
        h.add(new Stmt.Raise(call("KeyError", str(f)), as && chance(0.5) ? name("e") : null));
        inner = new Try(List.of(new Try(List.of(expr(call(f, object()))),
            List.of(new Handler("ValueError", as ? "e" : null, h)), List.of())),
            List.of(new Handler("KeyError", chance(0.5) ? "e2" : null, List.of(event("caught", "chained", f)))),
            List.of());
      }
      body.add(inner);
      body.add(event("handled", f));
      if (stored != null) {
        if (chance(0.5)) {
          body.add(assign(stored, none()));
          body.add(event("released", stored));
        } else {
          keep.add(stored);
        }
      }
      return keep;
    }

    /** A frame object captured through sys._getframe(), f_locals or locals(). */
    private List<String> frame(List<Stmt> body) {
      String f = fresh("f");
      if (chance(0.5)) {
        body.add(def("def " + f + "()", List.of(assign("x", object()), assign("fr", call("sys._getframe")),
            new Stmt.Return(name("fr")))));
        String fr = fresh("frame");
        body.add(assign(fr, call(f)));
        body.add(event("returned", f));
        if (chance(0.4)) {
          body.add(expr(call(fr + ".clear")));
          body.add(event("cleared", fr));
        }
        body.add(new Stmt.Del(fr));
        body.add(event("dropped", fr));
        return List.of();
      }
      Expr snapshot = oneOf(List.of(call("locals"), new Expr.Attr(call("sys._getframe"), "f_locals")));
      List<Stmt> fbody = new ArrayList<>();
      fbody.add(assign("x", object()));
      fbody.add(chance(0.6) ? assign("d", snapshot) : expr(snapshot));
      fbody.add(assign("x", none()));
      fbody.add(event("rebound", f));
      body.add(def("def " + f + "()", fbody));
      body.add(expr(call(f)));
      body.add(event("returned", f));
      return List.of();
    }

    /** A container of objects cleared, popped or dropped. */
    private List<String> container(List<Stmt> body) {
      String c = fresh("c");
      int kind = random.nextInt(4);
      switch (kind) {
        case 0 -> body.add(assign(c, new Expr.ListOf(List.of(object(), object(), object()))));
        case 1 -> body.add(assign(c, new Expr.Raw("{'p': " + PythonPrinter.expr(object()) + ", 'q': " + PythonPrinter.expr(object()) + "}")));
        case 2 -> body.add(assign(c, new Expr.TupleOf(List.of(object(), object()))));
        default -> {
          body.add(assign(c, call("W", str("o" + (++labels)))));
          body.add(assign(c + ".p", object()));
          body.add(assign(c + ".q", object()));
        }
      }
      int how = random.nextInt(3);
      if (how == 0 && kind < 2) {
        body.add(expr(call(c + ".clear")));
        body.add(event("cleared", c));
        return List.of(c);
      }
      if (how == 1 && kind == 0) {
        body.add(expr(call(c + ".pop")));
        body.add(event("popped", c));
        return List.of(c);
      }
      body.add(new Stmt.Del(c));
      body.add(event("dropped", c));
      return List.of();
    }

    /** Objects in a reference cycle, dropped, then maybe collected. */
    private List<String> cycle(List<Stmt> body) {
      String a = fresh("a");
      String b = fresh("b");
      body.add(assign(a, object()));
      if (chance(0.5)) {
        body.add(assign(a + ".me", name(a)));
        body.add(new Stmt.Del(a));
        body.add(event("dropped", a));
      } else {
        body.add(assign(b, object()));
        body.add(assign(a + ".peer", name(b)));
        body.add(assign(b + ".peer", name(a)));
        body.add(new Stmt.Del(a + ", " + b));
        body.add(event("dropped", a, b));
      }
      if (chance(0.7)) {
        body.add(expr(call("gc.collect")));
        body.add(event("collected", a));
      }
      return List.of();
    }

    /** A context manager (a contextlib generator) holding an argument, maybe with an exception suppressed. */
    private List<String> withBlock(List<Stmt> body) {
      String cm = fresh("cm");
      body.add(new Block(Block.Kind.DEF, List.of("contextlib.contextmanager"), "def " + cm + "(a)", List.of(
          event("enter", cm),
          new Try(List.of(expr(new Expr.Yield(name("a")))), List.of(), List.of(event("exit", cm))))));
      String v = fresh("v");
      List<Stmt> inner = new ArrayList<>();
      inner.add(event("body", cm));
      inner.add(assign(v, none()));
      if (chance(0.3)) {
        inner.add(new Stmt.Raise(call("KeyError", str(cm)), null));
        Block suppress = new Block(Block.Kind.WITH, List.of(), "with contextlib.suppress(KeyError)", List.of(
            new Block(Block.Kind.WITH, List.of(), "with " + PythonPrinter.expr(call(cm, object())) + " as " + v, inner)));
        body.add(suppress);
      } else {
        body.add(new Block(Block.Kind.WITH, List.of(), "with " + PythonPrinter.expr(call(cm, object())) + " as " + v, inner));
      }
      body.add(event("left", cm));
      return List.of();
    }

    /** A closure (a cell) keeping an object alive. */
    private List<String> closure(List<Stmt> body) {
      String mk = fresh("mk");
      String fn = fresh("fn");
      body.add(def("def " + mk + "()", List.of(assign("x", object()),
          def("def inner()", List.of(new Stmt.Return(name("x")))),
          new Stmt.Return(name("inner")))));
      body.add(assign(fn, call(mk)));
      body.add(event("made", fn));
      body.add(new Stmt.Del(fn));
      body.add(event("dropped", fn));
      return List.of();
    }

    /**
     * An object whose {@code __del__} resurrects it once into a global list, dropped (maybe through a cycle and
     * a collection), then released again by clearing the list.
     */
    private List<String> resurrection(List<Stmt> body) {
      if (!resurrectorDefined) {
        resurrectorDefined = true;
        out.add(assign("saved", new Expr.ListOf(List.of())));
        out.add(new Block(Block.Kind.CLASS, List.of(), "class R", List.of(
            def("def __init__(self, label)", List.of(assign("self.label", name("label")), assign("self.lives", new Expr.Const("1")))),
            def("def __repr__(self)", List.of(new Stmt.Return(name("self.label")))),
            def("def __del__(self)", List.of(
                expr(call("event", str("del"), name("self.label"), name("self.lives"))),
                new Block(Block.Kind.IF, List.of(), "if self.lives", List.of(
                    assign("self.lives", new Expr.Raw("self.lives - 1")),
                    expr(call("saved.append", name("self"))))))))));
      }
      String r = fresh("r");
      Expr made = call("R", str("o" + (++labels)));
      body.add(assign(r, chance(0.5) ? call("watch", made) : made));
      if (chance(0.5)) {
        body.add(assign(r + ".me", name(r)));
        body.add(new Stmt.Del(r));
        body.add(expr(call("gc.collect")));
      } else {
        body.add(new Stmt.Del(r));
      }
      body.add(event("dropped", r));
      body.add(expr(call("saved.clear")));
      if (chance(0.5)) {
        body.add(expr(call("gc.collect")));
      }
      body.add(event("released", r));
      return List.of();
    }

    /** A {@code weakref.finalize} callback on an object that is then dropped. */
    private List<String> finalizer(List<Stmt> body) {
      String x = fresh("x");
      String label = "o" + (++labels);
      body.add(assign(x, call(chance(0.5) ? "A" : "W", str(label))));
      body.add(expr(call("weakref.finalize", name(x), name("event"), str("finalized"), str(label))));
      body.add(new Stmt.Del(x));
      body.add(event("dropped", x));
      return List.of();
    }

    /**
     * Objects held by lifeline_native's C code (runners/real's lifeline_native.c): in a Wrapper's slot (given
     * positionally, by keyword or by attribute), in a cycle through a native slot, a native Base's dict, or an
     * Untracked object's slot; passed by a Widget's fire() or by call() from C; kept by the module. Never
     * Finalized: its death aborts PyPy 7.3.11.
     */
    private List<String> nativeExtension(List<Stmt> body) {
      body.add(expr(new Expr.Raw("import lifeline_native")));
      String n = fresh("n");
      switch (random.nextInt(7)) {
        case 0 -> {
          Expr obj = object();
          int how = random.nextInt(3);
          body.add(assign(n, how == 0 ? call("lifeline_native.Wrapper", obj)
              : how == 1 ? new Expr.Raw("lifeline_native.Wrapper(ref=" + PythonPrinter.expr(obj) + ")")
              : call("lifeline_native.Wrapper")));
          if (how == 2) {
            body.add(assign(n + ".ref", obj));
          }
          body.add(event("held", n));
          body.add(chance(0.5) ? new Stmt.Del(n) : assign(n + ".ref", none()));
        }
        case 1 -> {
          body.add(assign(n, call("lifeline_native." + (chance(0.7) ? "Wrapper" : "Untracked"))));
          body.add(assign(n + ".ref", name(n)));
          body.add(assign(n + ".other", object()));
          body.add(new Stmt.Del(n));
        }
        case 2 -> {
          body.add(assign(n, object()));
          body.add(assign(n + ".native", chance(0.5) ? call("lifeline_native.Wrapper", name(n))
              : call("lifeline_native.Widget", new Expr.Raw("lambda: " + n))));
          body.add(new Stmt.Del(n));
        }
        case 3 -> {
          String f = fresh("f");
          body.add(def("def " + f + "(x)", List.of(event("enter", f), assign("x", none()), event("rebound", f))));
          body.add(expr(chance(0.5) ? call("lifeline_native.call", name(f), object())
              : new Expr.Raw("lifeline_native.Widget(" + f + ").fire(" + PythonPrinter.expr(object()) + ")")));
        }
        case 4 -> {
          body.add(expr(call("lifeline_native.keep", object())));
          body.add(event("kept", n));
          if (chance(0.5)) {
            body.add(expr(call("gc.collect")));
          }
          body.add(expr(call("lifeline_native.drop")));
        }
        case 5 -> {
          body.add(assign(n, call("lifeline_native.Base")));
          body.add(assign(n + ".me", name(n)));
          body.add(assign(n + ".x", object()));
          body.add(new Stmt.Del(n));
        }
        default -> {
          String r = fresh("r");
          body.add(assign(n, call("lifeline_native.Widget")));
          body.add(assign(n + ".callback", name(n)));
          body.add(assign(r, object()));
          body.add(assign(r + ".widget", name(n)));
          body.add(new Stmt.Del(n + ", " + r));
        }
      }
      body.add(event("native", n));
      if (chance(0.6)) {
        body.add(expr(call("gc.collect")));
        body.add(event("collected", n));
      }
      return List.of();
    }

    /** A list, dict or generator comprehension over temporaries. */
    private List<String> comprehension(List<Stmt> body) {
      String items = PythonPrinter.expr(new Expr.ListOf(List.of(object(), object())));
      switch (random.nextInt(3)) {
        case 0 -> body.add(expr(new Expr.Raw("[event('each', x) for x in " + items + "]")));
        case 1 -> body.add(expr(call("event", str("count"), new Expr.Raw("len({str(x): x for x in " + items + "})"))));
        default -> body.add(expr(call("event", str("any"), new Expr.Raw("any(x is None for x in " + items + ")"))));
      }
      body.add(event("comprehended"));
      return List.of();
    }
  }
}
