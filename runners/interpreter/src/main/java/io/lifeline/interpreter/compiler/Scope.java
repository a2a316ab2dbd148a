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
  /** Keyed by the AST node that opened each child scope. */
  final Map<Object, Scope> childByNode = new LinkedHashMap<>();

  Scope(Kind kind, String name, Scope parent) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
  }

  public Access access(String n) {
    Access a = resolved.get(n);
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

  public List<String> paramList() {
    return new ArrayList<>(params);
  }
}
