package io.lifeline.interpreter.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One scope of the symbol table (symtable.c's PySTEntryObject): which names it binds, declares global or
 * nonlocal, and uses; after {@link Symtable} resolves it, how each name is accessed.
 */
public final class Scope {
  /** How a name is accessed from this scope. */
  public enum Access { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, NAME }

  public enum Kind { MODULE, FUNCTION, CLASS }

  public final Kind kind;
  public final String name;
  public final Scope parent;
  public final List<Scope> children = new ArrayList<>();
  final Set<String> params = new LinkedHashSet<>();
  final Set<String> bound = new LinkedHashSet<>();
  final Set<String> used = new LinkedHashSet<>();
  final Set<String> globals = new LinkedHashSet<>();
  final Set<String> nonlocals = new LinkedHashSet<>();
  final Map<String, Access> resolved = new LinkedHashMap<>();
  /** Sorted like CPython's dictbytype: cell and free variable order is alphabetical. */
  public final TreeSet<String> cellvars = new TreeSet<>();
  public final TreeSet<String> freevars = new TreeSet<>();
  public boolean isGenerator;
  public boolean isCoroutine;
  /** PyPy's CO_YIELD_INSIDE_TRY: a yield inside a try body or a with body (not handlers, else or finally). */
  public boolean yieldInsideTry;
  /** While the symtable walks this scope: how many try or with bodies enclose the current statement. */
  int tryBodyDepth;
  /**
   * PEP 709 (3.12+): a list, set or dict comprehension whose code is inlined into the enclosing code object
   * instead of being a function of its own.
   */
  public boolean inlined;
  /**
   * Every name in first-mention order (ste_symbols' order), true if bound here; an inlined comprehension's
   * names are appended to its parent's (symtable.c inline_comprehension).
   */
  final Map<String, Boolean> symbols = new LinkedHashMap<>();
  /** Keyed by the AST node that opened each child scope. */
  final Map<Object, Scope> childByNode = new LinkedHashMap<>();

  Scope(Kind kind, String name, Scope parent) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
  }

  public Access access(String n) {
    Access a = resolved.get(n);
    if (a == Access.FREE && inlined && parent.kind != Kind.CLASS) {
      return parent.access(n);
    }
    if (a != null) {
      return a;
    }
    return kind == Kind.FUNCTION ? Access.GLOBAL_IMPLICIT : Access.NAME;
  }

  public Scope child(Object node) {
    Scope s = childByNode.get(node);
    if (s == null) {
      throw new IllegalStateException("no scope for " + node);
    }
    return s;
  }

  /**
   * The names an inlined comprehension isolates from the code it is inlined into (push_inlined_comprehension_state):
   * the names it binds, in first-mention order; directly in a class body every name it mentions, the implicit
   * argument {@code .0} included.
   */
  public List<String> isolatedNames() {
    boolean inClass = parent.kind == Kind.CLASS && !parent.inlined;
    List<String> out = new ArrayList<>();
    symbols.forEach((n, isBound) -> {
      if (inClass || (isBound && !params.contains(n))) {
        out.add(n);
      }
    });
    return out;
  }

  public List<String> paramList() {
    return new ArrayList<>(params);
  }
}
