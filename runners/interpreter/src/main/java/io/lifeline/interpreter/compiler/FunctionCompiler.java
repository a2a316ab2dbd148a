package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.compiler.CodeUnit.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * The nested code objects and what makes them callable: def, lambda, class bodies (built by
 * {@code __build_class__}) and comprehensions. A 3.11 comprehension is a nested function called with its first
 * iterator; with PEP 709 (3.12+) list, set and dict comprehensions are inlined into the code that contains them.
 */
abstract class FunctionCompiler extends ExpressionCompiler {
  FunctionCompiler(Constants k, boolean sliceOps) {
    super(k, sliceOps);
  }

  // ---------------------------------------------------------------- def, lambda, class

  final void functionDef(Stmt.FunctionDef f) {
    for (Expr d : f.decorators()) {
      expr(d);
    }
    Scope scope = u.nameScope.child(f);
    String doc = docstring(f.body());
    List<Stmt> body = doc == null ? f.body() : f.body().subList(1, f.body().size());
    PyCode code = compileFunctionBody(scope, f.name(), f.params(), f.line(), () -> {
      if (doc != null) {
        u.docConst = u.constIndex(doc, k.constant(doc));
      }
      stmts(body);
    }, false);
    at(f);
    makeFunction(code, f.params());
    applyDecorators(f.decorators().size());
    storeName(f.name());
  }

  /**
   * The docstring of a function body (its first statement, a str constant), which compiler_function makes the
   * code's first constant instead of evaluating it, and the function's {@code __doc__}; null if none.
   */
  private static String docstring(List<Stmt> body) {
    return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
        && c.value() instanceof String s ? s : null;
  }

  /** Calls the decorators left below the decorated object, innermost first. */
  private void applyDecorators(int n) {
    for (int i = 0; i < n; i++) {
      u.emit(Opcode.CALL, 0);
    }
  }

  @Override
  final void lambda(Expr.Lambda l) {
    Scope scope = u.nameScope.child(l);
    PyCode code = compileFunctionBody(scope, "<lambda>", l.params(), l.line(), () -> {
      expr(l.body());
      u.emit(Opcode.RETURN_VALUE);
    }, true);
    makeFunction(code, l.params());
  }

  /**
   * Compiles a function-like body into a code object (prologue: MAKE_CELL, COPY_FREE_VARS, RESUME); {@code u} is
   * the enclosing code's again afterwards.
   */
  private PyCode compileFunctionBody(Scope scope, String name, Expr.Params p, int line, Runnable body,
      boolean isLambda) {
    List<String> params = new ArrayList<>();
    params.addAll(p.posonly());
    params.addAll(p.args());
    params.addAll(p.kwonly());
    if (p.vararg() != null) {
      params.add(p.vararg());
    }
    if (p.kwarg() != null) {
      params.add(p.kwarg());
    }
    String qual = qualify(name);
    CodeUnit outer = u;
    u = new CodeUnit(scope, name, qual, params, p.argcount(), p.kwonly().size(), line);
    u.flags = codeFlags(scope, p);
    prologue();
    body.run();
    if (!isLambda) {
      returnNone();
    }
    int docConst = u.docConst;
    PyCode code = u.assemble(k);
    code.posonlyargcount = p.posonly().size();
    code.docConst = docConst;
    u = outer;
    return code;
  }

  private static int codeFlags(Scope scope, Expr.Params p) {
    int flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
    if (p.vararg() != null) {
      flags |= PyCode.CO_VARARGS;
    }
    if (p.kwarg() != null) {
      flags |= PyCode.CO_VARKEYWORDS;
    }
    if (scope.isGenerator && scope.isCoroutine) {
      flags |= PyCode.CO_ASYNC_GENERATOR;
    } else if (scope.isGenerator) {
      flags |= PyCode.CO_GENERATOR;
    } else if (scope.isCoroutine) {
      flags |= PyCode.CO_COROUTINE;
    }
    return flags;
  }

  private String qualify(String name) {
    if (u == null || u.scope.kind == Scope.Kind.MODULE) {
      return name;
    }
    String prefix = u.qualname + (u.scope.kind == Scope.Kind.FUNCTION ? ".<locals>." : ".");
    return prefix + name;
  }

  /** Pushes defaults, kwdefaults, closure and the code, then MAKE_FUNCTION (the stack order of compile.c). */
  private void makeFunction(PyCode code, Expr.Params p) {
    int flags = 0;
    if (p != null && !p.defaults().isEmpty()) {
      for (Expr d : p.defaults()) {
        expr(d);
      }
      u.emit(Opcode.BUILD_TUPLE, p.defaults().size());
      flags |= 1;
    }
    if (p != null && p.kwDefaults().stream().anyMatch(d -> d != null)) {
      int n = 0;
      for (int i = 0; i < p.kwonly().size(); i++) {
        if (p.kwDefaults().get(i) != null) {
          loadConst(p.kwonly().get(i));
          expr(p.kwDefaults().get(i));
          n++;
        }
      }
      u.emit(Opcode.BUILD_MAP, n);
      flags |= 2;
    }
    if (p != null && !p.annotations().isEmpty()) {
      // compile.c's compiler_visit_annotations: a tuple of (name, value) pairs, made a dict when first read.
      p.annotations().forEach((name, a) -> {
        loadConst(name);
        expr(a);
      });
      u.emit(Opcode.BUILD_TUPLE, 2 * p.annotations().size());
      flags |= 4;
    }
    if (code.freevars.length > 0) {
      for (String fv : code.freevars) {
        u.emit(Opcode.LOAD_CLOSURE, u.derefIndex(fv));
      }
      u.emit(Opcode.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    u.emit(Opcode.LOAD_CONST, u.constIndex(code, code));
    u.emit(Opcode.MAKE_FUNCTION, flags);
  }

  /** [NULL, __build_class__, body function, name, bases..., metaclass] CALL, then the decorators. */
  final void classDef(Stmt.ClassDef c) {
    for (Expr d : c.decorators()) {
      expr(d);
    }
    u.emit(Opcode.PUSH_NULL);
    u.emit(Opcode.LOAD_BUILD_CLASS);
    PyCode code = classBody(c);
    at(c);
    makeFunction(code, null);
    loadConst(c.name());
    for (Expr b : c.bases()) {
      expr(b);
    }
    int argc = 2 + c.bases().size();
    if (!c.keywords().isEmpty()) {
      for (Expr.Keyword kw : c.keywords()) {
        expr(kw.value());
      }
      argc += c.keywords().size();
      kwNames(c.keywords().stream().map(Expr.Keyword::name).toList());
    }
    at(c);
    u.emit(Opcode.CALL, argc);
    applyDecorators(c.decorators().size());
    storeName(c.name());
  }

  /** The class body's code: __module__ and __qualname__ set first, __classcell__ last when methods use it. */
  private PyCode classBody(Stmt.ClassDef c) {
    Scope scope = u.nameScope.child(c);
    CodeUnit outer = u;
    u = new CodeUnit(scope, c.name(), qualify(c.name()), List.of(), 0, 0, c.line());
    prologue();
    at(c);
    u.emit(Opcode.LOAD_NAME, u.nameIndex("__name__"));
    u.emit(Opcode.STORE_NAME, u.nameIndex("__module__"));
    loadConst(u.qualname);
    u.emit(Opcode.STORE_NAME, u.nameIndex("__qualname__"));
    setupAnnotations(c.body());
    List<Stmt> body = c.body();
    if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt doc && doc.value() instanceof Expr.Constant s
        && s.value() instanceof String) {
      // compiler_body: a class docstring is stored as __doc__ instead of being evaluated
      at(doc);
      loadConst(s.value());
      u.emit(Opcode.STORE_NAME, u.nameIndex("__doc__"));
      body = body.subList(1, body.size());
    }
    stmts(body);
    if (u.cellvars.contains("__class__")) {
      u.emit(Opcode.LOAD_CLOSURE, u.derefIndex("__class__"));
      u.emit(Opcode.STORE_NAME, u.nameIndex("__classcell__"));
    }
    returnNone();
    PyCode code = u.assemble(k);
    u = outer;
    return code;
  }

  // ---------------------------------------------------------------- Comprehensions

  /** 3.11: a comprehension is a nested function called with its first iterator ([func, iter] CALL 0). */
  @Override
  final void comprehension(Expr.Comp c) {
    Scope scope = u.nameScope.child(c);
    if (scope.inlined) {
      inlinedComprehension(c, scope);
      return;
    }
    String name = scope.name;
    Expr.Params params = new Expr.Params(List.of(), List.of(".0"), List.of(), null, List.of(), List.of(), null, java.util.Map.of());
    PyCode code = compileFunctionBody(scope, name, params, c.line(), () -> comprehensionBody(c), true);
    makeFunction(code, null);
    firstIterator(c);
    u.emit(Opcode.CALL, 0);
    if (scope.isCoroutine && !scope.isGenerator) {
      u.emit(Opcode.GET_AWAITABLE, 0);
      sendLoop(3);
    }
  }

  /** The first iterable, evaluated where the comprehension is: GET_ITER, or GET_AITER for an async for. */
  private void firstIterator(Expr.Comp c) {
    expr(c.generators().get(0).iter());
    at(c);
    u.emit(c.generators().get(0).isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER);
  }

  /**
   * PEP 709 (compile.c push_/pop_inlined_comprehension_state): the first iterator is evaluated here; the names
   * the comprehension isolates are moved to the stack (LOAD_FAST_AND_CLEAR, a new cell for a captured one) below
   * it; the loop runs in this frame; then they are restored (STORE_FAST_MAYBE_NULL, last first), releasing the
   * comprehension's last values. On an exception the cleanup handler pops the iterator (unwinding), the partial
   * result, then restores the names before re-raising, so no comprehension frame reaches the traceback.
   */
  private void inlinedComprehension(Expr.Comp c, Scope scope) {
    firstIterator(c);
    List<String> isolated = scope.isolatedNames();
    for (String n : isolated) {
      u.emit(Opcode.LOAD_FAST_AND_CLEAR, u.varIndex(n));
      if (scope.access(n) == Scope.Access.CELL) {
        u.emit(Opcode.MAKE_CELL, u.derefIndex(n));
      }
    }
    Label cleanup = new Label();
    Label end = new Label();
    if (!isolated.isEmpty()) {
      u.emit(Opcode.SWAP, isolated.size() + 1);
      u.pushHandler(cleanup, u.depth);
    }
    buildResult(c.kind());
    u.emit(Opcode.SWAP, 2);
    Scope outer = u.nameScope;
    u.nameScope = scope;
    comprehensionLoop(c, 0);
    u.nameScope = outer;
    at(c);
    if (isolated.isEmpty()) {
      return;
    }
    u.popHandler();
    u.emitJump(Opcode.JUMP_FORWARD, end);
    u.bind(cleanup);
    u.emit(Opcode.SWAP, 2);
    u.emit(Opcode.POP_TOP);
    restoreIsolated(isolated, false);
    u.emit(Opcode.RERAISE);
    u.bind(end);
    restoreIsolated(isolated, true);
  }

  /** The empty list, dict or set a comprehension of {@code kind} fills; nothing for a generator expression. */
  private void buildResult(String kind) {
    switch (kind) {
      case "list" -> u.emit(Opcode.BUILD_LIST, 0);
      case "dict" -> u.emit(Opcode.BUILD_MAP, 0);
      case "set" -> u.emit(Opcode.BUILD_SET, 0);
      default -> { }
    }
  }

  /** restore_inlined_comprehension_locals: the result (or exception) back on top, then the names, last first. */
  private void restoreIsolated(List<String> isolated, boolean staticSwap) {
    if (staticSwap) {
      u.emitStaticSwap(isolated.size() + 1);
    } else {
      u.emit(Opcode.SWAP, isolated.size() + 1);
    }
    for (int i = isolated.size() - 1; i >= 0; i--) {
      u.emit(Opcode.STORE_FAST_MAYBE_NULL, u.varIndex(isolated.get(i)));
    }
  }

  private void comprehensionBody(Expr.Comp c) {
    at(c); // compiler_comprehension: the new code's instructions at the comprehension's span
    buildResult(c.kind());
    comprehensionLoop(c, 0);
    if (c.kind().equals("gen")) {
      loadConst(null);
    }
    u.emit(Opcode.RETURN_VALUE);
  }

  /** The loop of generator {@code i}, its filters, and inside it the next generator's loop or the element. */
  private void comprehensionLoop(Expr.Comp c, int i) {
    Expr.Comprehension g = c.generators().get(i);
    Label start = new Label();
    Label end = new Label();
    if (i == 0 && !u.nameScope.inlined) {
      u.emit(Opcode.LOAD_FAST, u.varIndex(".0"));
    } else if (i > 0) {
      expr(g.iter());
      u.emit(g.isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER);
    }
    Label handler = new Label();
    if (locations >= 13) {
      at(g.iter()); // 3.13: each loop's FOR_ITER at its iterable's location
    }
    if (g.isAsync()) {
      asyncForIter(start, handler, g.target());
    } else {
      forIter(start, end, g.target());
    }
    for (Expr cond : g.ifs()) {
      expr(cond);
      u.emitJump(Opcode.POP_JUMP_IF_FALSE, start);
    }
    if (i + 1 < c.generators().size()) {
      comprehensionLoop(c, i + 1);
    } else {
      addElement(c, i + 2);
    }
    u.emitJump(Opcode.JUMP_BACKWARD, start);
    if (g.isAsync()) {
      asyncForEnd(handler);
    }
    u.bind(end);
  }

  /** The element added to the result {@code depth} below the top of the stack, or yielded by a generator. */
  private void addElement(Expr.Comp c, int depth) {
    expr(c.elt());
    switch (c.kind()) {
      case "list" -> u.emit(Opcode.LIST_APPEND, depth);
      case "dict" -> {
        expr(c.value());
        u.emit(Opcode.MAP_ADD, depth);
      }
      case "set" -> u.emit(Opcode.SET_ADD, depth);
      default -> {
        wrapIfAsyncGenerator();
        u.emit(Opcode.YIELD_VALUE);
        u.emit(Opcode.RESUME, 1);
        u.emit(Opcode.POP_TOP);
      }
    }
  }
}
