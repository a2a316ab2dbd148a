package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.bytecode.PyCode;
import io.lifeline.interpreter.compiler.CodeUnit.FBlock;
import io.lifeline.interpreter.compiler.CodeUnit.FType;
import io.lifeline.interpreter.compiler.CodeUnit.Label;
import io.lifeline.interpreter.object.PyObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AST to code objects, following CPython 3.11's compile.c instruction choices wherever they decide when a
 * reference is dropped: LOAD_METHOD/CALL for method calls, PUSH_NULL before plain callables, comprehensions
 * as nested functions called with their first iterator, {@code except E as e} ending in {@code e = None;
 * del e}, and break/return unwinding (an iterator is popped before returning from inside a for loop).
 */
public final class Compiler {
  private static final Map<String, BinaryOp> BINOPS = Map.ofEntries(
      Map.entry("+", BinaryOp.ADD), Map.entry("-", BinaryOp.SUB), Map.entry("*", BinaryOp.MUL),
      Map.entry("/", BinaryOp.TRUEDIV), Map.entry("//", BinaryOp.FLOORDIV), Map.entry("%", BinaryOp.MOD),
      Map.entry("**", BinaryOp.POW), Map.entry("<<", BinaryOp.LSHIFT), Map.entry(">>", BinaryOp.RSHIFT),
      Map.entry("&", BinaryOp.AND), Map.entry("|", BinaryOp.OR), Map.entry("^", BinaryOp.XOR));
  private static final Map<String, CompareOp> CMPOPS = Map.of("<", CompareOp.LT, "<=", CompareOp.LE,
      "==", CompareOp.EQ, "!=", CompareOp.NE, ">", CompareOp.GT, ">=", CompareOp.GE);

  private final Constants k;
  private CodeUnit u;
  /** 3.12+: subscripts with a two-part slice compile to BINARY_SLICE/STORE_SLICE (no slice object on the stack). */
  private boolean sliceOps;

  private Compiler(Constants k) {
    this.k = k;
  }

  /** Compiles a module. Throws {@link PySyntaxError} for invalid or unsupported source. */
  public static PyCode compileModule(String source, Constants k) {
    return compileModule(source, k, false, false);
  }

  /**
   * Compiles a module; with {@code inlineComprehensions} list, set and dict comprehensions are inlined into the
   * code that contains them (PEP 709, 3.12+); with {@code sliceOps} {@code x[a:b]} uses BINARY_SLICE and
   * STORE_SLICE (3.12+).
   */
  public static PyCode compileModule(String source, Constants k, boolean inlineComprehensions,
      boolean sliceOps) {
    List<Stmt> body = Parser.parse(source);
    Scope root = Symtable.build(body, inlineComprehensions);
    Compiler c = new Compiler(k);
    c.sliceOps = sliceOps;
    c.u = new CodeUnit(root, "<module>", "<module>", List.of(), 0, 0, 1);
    for (String cell : c.u.cellvars) {
      c.u.emit(Opcode.MAKE_CELL, c.u.derefIndex(cell));
    }
    c.u.emit(Opcode.RESUME, 0);
    c.stmts(body);
    c.loadConst(null);
    c.u.emit(Opcode.RETURN_VALUE);
    return c.u.assemble(k);
  }

  // ---------------------------------------------------------------- Statements

  private void stmts(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  private void at(int line, int col) {
    u.line = line;
    u.col = col;
  }

  private void stmt(Stmt s) {
    at(s.line(), s.col());
    if (s instanceof Stmt.ExprStmt e) {
      expr(e.value());
      u.emit(Opcode.POP_TOP);
    } else if (s instanceof Stmt.Assign a) {
      expr(a.value());
      for (int i = 0; i < a.targets().size(); i++) {
        if (i < a.targets().size() - 1) {
          u.emit(Opcode.COPY, 1);
        }
        store(a.targets().get(i));
      }
    } else if (s instanceof Stmt.AugAssign a) {
      augAssign(a);
    } else if (s instanceof Stmt.Return r) {
      returnStmt(r);
    } else if (s instanceof Stmt.Pass p) {
      u.emit(Opcode.NOP);
    } else if (s instanceof Stmt.Break b) {
      breakOrContinue(true, b.line(), b.col());
    } else if (s instanceof Stmt.Continue c) {
      breakOrContinue(false, c.line(), c.col());
    } else if (s instanceof Stmt.If i) {
      ifStmt(i);
    } else if (s instanceof Stmt.While w) {
      whileStmt(w);
    } else if (s instanceof Stmt.For f) {
      forStmt(f);
    } else if (s instanceof Stmt.FunctionDef f) {
      functionDef(f);
    } else if (s instanceof Stmt.ClassDef c) {
      classDef(c);
    } else if (s instanceof Stmt.Try t) {
      tryStmt(t);
    } else if (s instanceof Stmt.Raise r) {
      int n = 0;
      if (r.exc() != null) {
        expr(r.exc());
        n++;
        if (r.cause() != null) {
          expr(r.cause());
          n++;
        }
      }
      at(r.line(), r.col());
      u.emit(Opcode.RAISE_VARARGS, n);
    } else if (s instanceof Stmt.Delete d) {
      d.targets().forEach(this::delete);
    } else if (s instanceof Stmt.Global g) {
    } else if (s instanceof Stmt.Nonlocal n) {
    } else if (s instanceof Stmt.Import i) {
      if (i.module().contains(".")) {
        throw PySyntaxError.unsupported("dotted import", i.line(), i.col());
      }
      loadConst(0L);
      loadConst(null);
      u.emit(Opcode.IMPORT_NAME, u.nameIndex(i.module()));
      storeName(i.asName() != null ? i.asName() : i.module());
    } else if (s instanceof Stmt.ImportFrom i) {
      loadConst(0L);
      PyObject[] names = i.names().stream().map(k::constant).toArray(PyObject[]::new);
      u.emit(Opcode.LOAD_CONST, u.constIndex(List.copyOf(i.names()), k.tuple(names)));
      u.emit(Opcode.IMPORT_NAME, u.nameIndex(i.module()));
      for (int j = 0; j < i.names().size(); j++) {
        u.emit(Opcode.IMPORT_FROM, u.nameIndex(i.names().get(j)));
        storeName(i.asNames().get(j) != null ? i.asNames().get(j) : i.names().get(j));
      }
      u.emit(Opcode.POP_TOP);
    } else if (s instanceof Stmt.With w) {
      withStmt(w, 0);
    } else if (s instanceof Stmt.Assert a) {
      Label end = new Label();
      expr(a.test());
      u.emitJump(Opcode.POP_JUMP_IF_TRUE, end);
      u.emit(Opcode.LOAD_ASSERTION_ERROR);
      if (a.msg() != null) {
        expr(a.msg());
        u.emit(Opcode.CALL, 0);
      }
      u.emit(Opcode.RAISE_VARARGS, 1);
      u.bind(end);
    }
  }

  private void augAssign(Stmt.AugAssign a) {
    BinaryOp op = BINOPS.get(a.op()).toInplace();
    if (a.target() instanceof Expr.Name n) {
      loadName(n.id());
      expr(a.value());
      at(a.line(), a.col());
      u.emit(Opcode.BINARY_OP, op.ordinal());
      storeName(n.id());
    } else if (a.target() instanceof Expr.Attribute at) {
      expr(at.value());
      u.emit(Opcode.COPY, 1);
      u.emit(Opcode.LOAD_ATTR, u.nameIndex(at.attr()));
      expr(a.value());
      u.emit(Opcode.BINARY_OP, op.ordinal());
      u.emit(Opcode.SWAP, 2);
      u.emit(Opcode.STORE_ATTR, u.nameIndex(at.attr()));
    } else if (a.target() instanceof Expr.Subscript s && twoPartSlice(s) != null) {
      expr(s.value());
      sliceBounds(twoPartSlice(s));
      u.emit(Opcode.COPY, 3);
      u.emit(Opcode.COPY, 3);
      u.emit(Opcode.COPY, 3);
      u.emit(Opcode.BINARY_SLICE);
      expr(a.value());
      u.emit(Opcode.BINARY_OP, op.ordinal());
      u.emit(Opcode.SWAP, 4);
      u.emit(Opcode.SWAP, 3);
      u.emit(Opcode.SWAP, 2);
      u.emit(Opcode.STORE_SLICE);
    } else if (a.target() instanceof Expr.Subscript s) {
      expr(s.value());
      expr(s.index());
      u.emit(Opcode.COPY, 2);
      u.emit(Opcode.COPY, 2);
      u.emit(Opcode.BINARY_SUBSCR);
      expr(a.value());
      u.emit(Opcode.BINARY_OP, op.ordinal());
      u.emit(Opcode.SWAP, 3);
      u.emit(Opcode.SWAP, 2);
      u.emit(Opcode.STORE_SUBSCR);
    } else {
      throw new PySyntaxError("illegal expression for augmented assignment", a.line(), a.col());
    }
  }

  private void returnStmt(Stmt.Return r) {
    if (u.scope.isGenerator && r.value() != null && u.scope.kind == Scope.Kind.FUNCTION) {
      // allowed: becomes StopIteration.value
    }
    if (r.value() != null) {
      expr(r.value());
    } else {
      loadConst(null);
    }
    at(r.line(), r.col());
    unwindAll(true);
    u.emit(Opcode.RETURN_VALUE);
  }

  private void ifStmt(Stmt.If i) {
    Label orelse = new Label();
    Label end = new Label();
    expr(i.test());
    u.emitJump(Opcode.POP_JUMP_IF_FALSE, orelse);
    stmts(i.body());
    if (!i.orelse().isEmpty()) {
      u.emitJump(Opcode.JUMP_FORWARD, end);
      u.bind(orelse);
      stmts(i.orelse());
      u.bind(end);
    } else {
      u.bind(orelse);
    }
  }

  private void whileStmt(Stmt.While w) {
    Label loop = new Label();
    Label orelse = new Label();
    Label end = new Label();
    u.bind(loop);
    expr(w.test());
    u.emitJump(Opcode.POP_JUMP_IF_FALSE, orelse);
    pushFBlock(FType.WHILE, loop, end, null, null);
    stmts(w.body());
    at(w.line(), w.col());
    u.emitJump(Opcode.JUMP_BACKWARD, loop);
    popFBlock();
    u.bind(orelse);
    stmts(w.orelse());
    u.bind(end);
  }

  private void forStmt(Stmt.For f) {
    if (f.isAsync()) {
      throw PySyntaxError.unsupported("async for", f.line(), f.col());
    }
    Label start = new Label();
    Label cleanup = new Label();
    Label end = new Label();
    expr(f.iter());
    at(f.line(), f.col());
    u.emit(Opcode.GET_ITER);
    u.bind(start);
    u.emitJump(Opcode.FOR_ITER, cleanup);
    store(f.target());
    pushFBlock(FType.FOR, start, end, null, null);
    stmts(f.body());
    at(f.line(), f.col());
    u.emitJump(Opcode.JUMP_BACKWARD, start);
    popFBlock();
    u.bind(cleanup);
    stmts(f.orelse());
    u.bind(end);
  }

  private void functionDef(Stmt.FunctionDef f) {
    for (Expr d : f.decorators()) {
      expr(d);
    }
    Scope scope = u.nameScope.child(f);
    CodeUnit outer = u;
    PyCode code = compileFunctionBody(scope, f.name(), f.params(), f.line(), () -> stmts(f.body()), false);
    u = outer;
    at(f.line(), f.col());
    makeFunction(code, f.params());
    for (int i = 0; i < f.decorators().size(); i++) {
      u.emit(Opcode.CALL, 0);
    }
    storeName(f.name());
  }

  /** Compiles a function-like body into a code object (prologue: MAKE_CELL, COPY_FREE_VARS, RESUME). */
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
    u.flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
    if (p.vararg() != null) {
      u.flags |= PyCode.CO_VARARGS;
    }
    if (p.kwarg() != null) {
      u.flags |= PyCode.CO_VARKEYWORDS;
    }
    if (scope.isGenerator) {
      u.flags |= PyCode.CO_GENERATOR;
    }
    if (scope.isCoroutine) {
      u.flags |= PyCode.CO_COROUTINE;
    }
    prologue();
    body.run();
    if (!isLambda) {
      loadConst(null);
      u.emit(Opcode.RETURN_VALUE);
    }
    PyCode code = u.assemble(k);
    u = outer;
    return code;
  }

  private void prologue() {
    for (String c : u.cellvars) {
      u.emit(Opcode.MAKE_CELL, u.derefIndex(c));
    }
    if (!u.freevars.isEmpty()) {
      u.emit(Opcode.COPY_FREE_VARS, u.freevars.size());
    }
    u.emit(Opcode.RESUME, 0);
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

  private void classDef(Stmt.ClassDef c) {
    for (Expr d : c.decorators()) {
      expr(d);
    }
    u.emit(Opcode.PUSH_NULL);
    u.emit(Opcode.LOAD_BUILD_CLASS);
    Scope scope = u.nameScope.child(c);
    CodeUnit outer = u;
    u = new CodeUnit(scope, c.name(), qualify(c.name()), List.of(), 0, 0, c.line());
    prologue();
    at(c.line(), c.col());
    u.emit(Opcode.LOAD_NAME, u.nameIndex("__name__"));
    u.emit(Opcode.STORE_NAME, u.nameIndex("__module__"));
    loadConst(u.qualname);
    u.emit(Opcode.STORE_NAME, u.nameIndex("__qualname__"));
    stmts(c.body());
    if (u.cellvars.contains("__class__")) {
      u.emit(Opcode.LOAD_CLOSURE, u.derefIndex("__class__"));
      u.emit(Opcode.STORE_NAME, u.nameIndex("__classcell__"));
    }
    loadConst(null);
    u.emit(Opcode.RETURN_VALUE);
    PyCode code = u.assemble(k);
    u = outer;
    at(c.line(), c.col());
    makeFunction(code, null);
    loadConst(c.name());
    for (Expr b : c.bases()) {
      expr(b);
    }
    int argc = 2 + c.bases().size();
    if (c.metaclass() != null) {
      expr(c.metaclass());
      argc++;
      PyObject[] names = {k.constant("metaclass")};
      u.emit(Opcode.KW_NAMES, u.constIndex(new KwNames(List.of("metaclass")), k.tuple(names)));
    }
    at(c.line(), c.col());
    u.emit(Opcode.CALL, argc);
    for (int i = 0; i < c.decorators().size(); i++) {
      u.emit(Opcode.CALL, 0);
    }
    storeName(c.name());
  }

  // ---------------------------------------------------------------- try / except / finally / with

  private void tryStmt(Stmt.Try t) {
    if (t.finalbody().isEmpty()) {
      tryExcept(t);
    } else {
      tryFinally(t);
    }
  }

  /**
   * try/finally: the body runs under a handler that re-runs the finally body with the exception saved
   * (PUSH_EXC_INFO) and re-raises; a normal exit, break or return runs an inline copy of the finally body.
   */
  private void tryFinally(Stmt.Try t) {
    Label handler = new Label();
    Label cleanup = new Label();
    Label end = new Label();
    int base = u.depth;
    u.pushHandler(handler, base);
    pushFBlock(FType.FINALLY_TRY, null, null, t.finalbody(), null);
    if (t.handlers().isEmpty()) {
      stmts(t.body());
    } else {
      tryExcept(new Stmt.Try(t.body(), t.handlers(), t.orelse(), List.of(), t.line(), t.col()));
    }
    popFBlock();
    u.popHandler();
    stmts(t.finalbody());
    u.emitJump(Opcode.JUMP_FORWARD, end);
    u.bind(handler);
    u.pushHandler(cleanup, base + 1);
    u.emit(Opcode.PUSH_EXC_INFO);
    pushFBlock(FType.FINALLY_END, null, null, null, null);
    stmts(t.finalbody());
    popFBlock();
    u.emit(Opcode.RERAISE);
    u.popHandler();
    bindCleanup(cleanup);
    u.bind(end);
  }

  /** POP_EXCEPT_AND_RERAISE: the handler's own exception restores the previously handled one and propagates. */
  private void bindCleanup(Label cleanup) {
    u.bind(cleanup);
    u.emit(Opcode.SWAP, 2);
    u.emit(Opcode.POP_EXCEPT);
    u.emit(Opcode.RERAISE);
  }

  private void tryExcept(Stmt.Try t) {
    Label handler = new Label();
    Label cleanup = new Label();
    Label orelse = new Label();
    Label end = new Label();
    int base = u.depth;
    u.pushHandler(handler, base);
    pushFBlock(FType.TRY_EXCEPT, null, null, null, null);
    stmts(t.body());
    popFBlock();
    u.popHandler();
    u.emitJump(Opcode.JUMP_FORWARD, orelse);
    u.bind(handler);
    u.pushHandler(cleanup, base + 1);
    u.emit(Opcode.PUSH_EXC_INFO);
    for (Stmt.Handler h : t.handlers()) {
      at(h.line(), h.col());
      Label next = new Label();
      if (h.type() != null) {
        expr(h.type());
        u.emit(Opcode.CHECK_EXC_MATCH);
        u.emitJump(Opcode.POP_JUMP_IF_FALSE, next);
      }
      if (h.name() != null) {
        storeName(h.name());
        Label cleanupBody = new Label();
        u.pushHandler(cleanupBody, base + 1);
        pushFBlock(FType.HANDLER_CLEANUP, null, null, null, h.name());
        stmts(h.body());
        popFBlock();
        u.popHandler();
        CodeUnit.Handler outer = u.handlers.pop();
        u.emit(Opcode.POP_EXCEPT);
        clearName(h.name());
        u.emitJump(Opcode.JUMP_FORWARD, end);
        u.handlers.push(outer);
        u.bind(cleanupBody);
        clearName(h.name());
        u.emit(Opcode.RERAISE);
      } else {
        u.emit(Opcode.POP_TOP);
        pushFBlock(FType.HANDLER_CLEANUP, null, null, null, null);
        stmts(h.body());
        popFBlock();
        CodeUnit.Handler outer = u.handlers.pop();
        u.emit(Opcode.POP_EXCEPT);
        u.emitJump(Opcode.JUMP_FORWARD, end);
        u.handlers.push(outer);
      }
      u.bind(next);
      if (h.type() == null) {
        break;
      }
    }
    if (t.handlers().get(t.handlers().size() - 1).type() != null) {
      u.emit(Opcode.RERAISE);
    }
    u.popHandler();
    bindCleanup(cleanup);
    u.bind(orelse);
    stmts(t.orelse());
    u.bind(end);
  }

  /**
   * The implicit {@code name = None; del name} at the end of {@code except ... as name}. On the normal
   * path it runs, like POP_EXCEPT, outside the handler's cleanup region (compile.c emits two POP_BLOCKs).
   */
  private void clearName(String name) {
    loadConst(null);
    storeName(name);
    deleteName(name);
  }

  /** with: BEFORE_WITH, body under a handler calling __exit__ with the exception, normal exit calls it with Nones. */
  private void withStmt(Stmt.With w, int item) {
    if (w.isAsync()) {
      throw PySyntaxError.unsupported("async with", w.line(), w.col());
    }
    Stmt.WithItem it = w.items().get(item);
    Label handler = new Label();
    Label cleanup = new Label();
    Label suppress = new Label();
    Label end = new Label();
    expr(it.context());
    at(w.line(), w.col());
    u.emit(Opcode.BEFORE_WITH);
    int base = u.depth - 1; // the bound __exit__ stays below the handler's depth
    u.pushHandler(handler, base);
    pushFBlock(FType.WITH, null, null, null, null);
    if (it.target() != null) {
      store(it.target());
    } else {
      u.emit(Opcode.POP_TOP);
    }
    if (item + 1 < w.items().size()) {
      withStmt(w, item + 1);
    } else {
      stmts(w.body());
    }
    popFBlock();
    u.popHandler();
    at(w.line(), w.col());
    callExitWithNones();
    u.emit(Opcode.POP_TOP);
    u.emitJump(Opcode.JUMP_FORWARD, end);
    u.bind(handler);
    u.pushHandler(cleanup, base + 1);
    u.emit(Opcode.PUSH_EXC_INFO);
    u.emit(Opcode.WITH_EXCEPT_START);
    u.emitJump(Opcode.POP_JUMP_IF_TRUE, suppress);
    u.emit(Opcode.RERAISE);
    u.popHandler();
    u.bind(suppress);
    u.emit(Opcode.POP_TOP);
    u.emit(Opcode.POP_EXCEPT);
    u.emit(Opcode.POP_TOP);
    u.emitJump(Opcode.JUMP_FORWARD, end);
    bindCleanup(cleanup);
    u.bind(end);
  }

  /** compiler_call_exit_with_nones: [exit, None, None, None] CALL 2 calls exit(None, None, None). */
  private void callExitWithNones() {
    loadConst(null);
    loadConst(null);
    loadConst(null);
    u.emit(Opcode.CALL, 2);
  }

  // ---------------------------------------------------------------- Frame blocks and unwinding

  private void pushFBlock(FType type, Label start, Label exit, List<Stmt> finalbody, String name) {
    u.fblocks.add(new FBlock(type, start, exit, finalbody, name, u.handlers.size()));
  }

  private void popFBlock() {
    u.fblocks.remove(u.fblocks.size() - 1);
  }

  private void breakOrContinue(boolean isBreak, int line, int col) {
    int loop = -1;
    for (int i = u.fblocks.size() - 1; i >= 0; i--) {
      FType t = u.fblocks.get(i).type();
      if (t == FType.WHILE || t == FType.FOR) {
        loop = i;
        break;
      }
    }
    if (loop < 0) {
      throw new PySyntaxError("'" + (isBreak ? "break" : "continue") + "' outside loop", line, col);
    }
    FBlock lb = u.fblocks.get(loop);
    unwindTo(isBreak ? loop : loop + 1, false);
    u.emitJump(isBreak ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD, isBreak ? lb.exit() : lb.start());
  }

  private void unwindAll(boolean preserveTos) {
    unwindTo(0, preserveTos);
  }

  /**
   * Emits the cleanup of frame blocks from the innermost down to index {@code stop}, each under the
   * exception handlers and frame blocks that enclose it, then restores both stacks (compiler_unwind_fblock).
   */
  private void unwindTo(int stop, boolean preserveTos) {
    List<FBlock> saved = new ArrayList<>(u.fblocks);
    List<CodeUnit.Handler> savedHandlers = new ArrayList<>(u.handlers);
    int depth = u.depth;
    for (int i = saved.size() - 1; i >= stop; i--) {
      FBlock fb = saved.get(i);
      while (u.fblocks.size() > i) {
        popFBlock();
      }
      while (u.handlers.size() > fb.handlerCount()) {
        u.handlers.pop();
      }
      unwindBlock(fb, preserveTos);
    }
    u.fblocks.clear();
    u.fblocks.addAll(saved);
    u.handlers.clear();
    for (int i = savedHandlers.size() - 1; i >= 0; i--) {
      u.handlers.push(savedHandlers.get(i));
    }
  }

  private void unwindBlock(FBlock fb, boolean preserveTos) {
    switch (fb.type()) {
      case WHILE, TRY_EXCEPT -> { }
      case FOR, POP_VALUE -> {
        if (preserveTos) {
          u.emit(Opcode.SWAP, 2);
        }
        u.emit(Opcode.POP_TOP);
      }
      case FINALLY_TRY -> {
        if (preserveTos) {
          pushFBlock(FType.POP_VALUE, null, null, null, null);
        }
        stmts(fb.finalbody());
        if (preserveTos) {
          popFBlock();
        }
      }
      case FINALLY_END -> {
        if (preserveTos) {
          u.emit(Opcode.SWAP, 2);
        }
        u.emit(Opcode.POP_TOP);
        if (preserveTos) {
          u.emit(Opcode.SWAP, 2);
        }
        u.emit(Opcode.POP_EXCEPT);
      }
      case HANDLER_CLEANUP -> {
        if (preserveTos) {
          u.emit(Opcode.SWAP, 2);
        }
        u.emit(Opcode.POP_EXCEPT);
        if (fb.name() != null) {
          clearName(fb.name());
        }
      }
      case WITH -> {
        if (preserveTos) {
          u.emit(Opcode.SWAP, 2);
        }
        callExitWithNones();
        u.emit(Opcode.POP_TOP);
      }
    }
  }

  // ---------------------------------------------------------------- Names

  private void loadName(String n) {
    nameOp(n, Opcode.LOAD_FAST, Opcode.LOAD_DEREF, Opcode.LOAD_GLOBAL, Opcode.LOAD_NAME);
  }

  private void storeName(String n) {
    nameOp(n, Opcode.STORE_FAST, Opcode.STORE_DEREF, Opcode.STORE_GLOBAL, Opcode.STORE_NAME);
  }

  private void deleteName(String n) {
    nameOp(n, Opcode.DELETE_FAST, Opcode.DELETE_DEREF, Opcode.DELETE_GLOBAL, Opcode.DELETE_NAME);
  }

  private void nameOp(String n, Opcode fast, Opcode deref, Opcode global, Opcode name) {
    Scope.Access a = u.nameScope.access(n);
    switch (a) {
      case LOCAL -> u.emit(fast, u.varIndex(n));
      case CELL, FREE -> {
        if (u.nameScope.kind == Scope.Kind.CLASS) {
          throw PySyntaxError.unsupported("class body using an enclosing function's variable", u.line, u.col);
        }
        u.emit(deref, u.derefIndex(n));
      }
      case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> u.emit(global, u.nameIndex(n));
      case NAME -> u.emit(name, u.nameIndex(n));
    }
  }

  private void loadConst(Object v) {
    Object key = v == null ? NoneKey.NONE : v;
    u.emit(Opcode.LOAD_CONST, u.constIndex(key, k.constant(v)));
  }

  private enum NoneKey { NONE }

  // ---------------------------------------------------------------- Targets

  private void store(Expr target) {
    at(target.line(), target.col());
    if (target instanceof Expr.Name n) {
      storeName(n.id());
    } else if (target instanceof Expr.Attribute a) {
      expr(a.value());
      u.emit(Opcode.STORE_ATTR, u.nameIndex(a.attr()));
    } else if (target instanceof Expr.Subscript s && twoPartSlice(s) != null) {
      expr(s.value());
      sliceBounds(twoPartSlice(s));
      at(s.line(), s.col());
      u.emit(Opcode.STORE_SLICE);
    } else if (target instanceof Expr.Subscript s) {
      expr(s.value());
      expr(s.index());
      u.emit(Opcode.STORE_SUBSCR);
    } else if (target instanceof Expr.TupleExpr t) {
      unpack(t.elts(), t.line(), t.col());
    } else if (target instanceof Expr.ListExpr l) {
      unpack(l.elts(), l.line(), l.col());
    } else {
      throw new PySyntaxError("cannot assign to expression", target.line(), target.col());
    }
  }

  private void unpack(List<Expr> elts, int line, int col) {
    int star = -1;
    for (int i = 0; i < elts.size(); i++) {
      if (elts.get(i) instanceof Expr.Starred) {
        if (star >= 0) {
          throw new PySyntaxError("multiple starred expressions in assignment", line, col);
        }
        star = i;
      }
    }
    at(line, col);
    if (star < 0) {
      u.emit(Opcode.UNPACK_SEQUENCE, elts.size());
    } else {
      u.emit(Opcode.UNPACK_EX, star | ((elts.size() - star - 1) << 8));
    }
    for (Expr e : elts) {
      store(e instanceof Expr.Starred s ? s.value() : e);
    }
  }

  private void delete(Expr target) {
    at(target.line(), target.col());
    if (target instanceof Expr.Name n) {
      deleteName(n.id());
    } else if (target instanceof Expr.Attribute a) {
      expr(a.value());
      u.emit(Opcode.DELETE_ATTR, u.nameIndex(a.attr()));
    } else if (target instanceof Expr.Subscript s) {
      expr(s.value());
      expr(s.index());
      u.emit(Opcode.DELETE_SUBSCR);
    } else if (target instanceof Expr.TupleExpr t) {
      t.elts().forEach(this::delete);
    } else if (target instanceof Expr.ListExpr l) {
      l.elts().forEach(this::delete);
    } else {
      throw new PySyntaxError("cannot delete expression", target.line(), target.col());
    }
  }

  // ---------------------------------------------------------------- Expressions

  private void expr(Expr e) {
    int line = u.line;
    int col = u.col;
    at(e.line(), e.col());
    exprAt(e);
    at(line, col);
  }

  private void exprAt(Expr e) {
    if (e instanceof Expr.Constant c) {
      loadConst(c.value());
    } else if (e instanceof Expr.Name n) {
      loadName(n.id());
    } else if (e instanceof Expr.BinOp b) {
      expr(b.left());
      expr(b.right());
      at(b.line(), b.col());
      u.emit(Opcode.BINARY_OP, BINOPS.get(b.op()).ordinal());
    } else if (e instanceof Expr.UnaryOp un) {
      expr(un.operand());
      at(un.line(), un.col());
      u.emit(switch (un.op()) {
        case "not" -> Opcode.UNARY_NOT;
        case "-" -> Opcode.UNARY_NEGATIVE;
        case "+" -> Opcode.UNARY_POSITIVE;
        default -> Opcode.UNARY_INVERT;
      });
    } else if (e instanceof Expr.BoolOp b) {
      Label end = new Label();
      Opcode jump = b.op().equals("and") ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
      for (int i = 0; i < b.values().size() - 1; i++) {
        expr(b.values().get(i));
        u.emitJump(jump, end);
      }
      expr(b.values().get(b.values().size() - 1));
      u.bind(end);
    } else if (e instanceof Expr.Compare c) {
      compare(c);
    } else if (e instanceof Expr.Call c) {
      call(c);
    } else if (e instanceof Expr.Attribute a) {
      expr(a.value());
      at(a.line(), a.col());
      u.emit(Opcode.LOAD_ATTR, u.nameIndex(a.attr()));
    } else if (e instanceof Expr.Subscript s && twoPartSlice(s) != null) {
      expr(s.value());
      sliceBounds(twoPartSlice(s));
      at(s.line(), s.col());
      u.emit(Opcode.BINARY_SLICE);
    } else if (e instanceof Expr.Subscript s) {
      expr(s.value());
      expr(s.index());
      at(s.line(), s.col());
      u.emit(Opcode.BINARY_SUBSCR);
    } else if (e instanceof Expr.Slice sl) {
      sliceBounds(sl);
      if (sl.step() != null) {
        expr(sl.step());
      }
      u.emit(Opcode.BUILD_SLICE, sl.step() != null ? 3 : 2);
    } else if (e instanceof Expr.Starred s) {
      throw new PySyntaxError("can't use starred expression here", s.line(), s.col());
    } else if (e instanceof Expr.TupleExpr t && constValue(t) != null) {
      Object v = constValue(t);
      u.emit(Opcode.LOAD_CONST, u.constIndex(new TupleKey(v), k.constant(v)));
    } else if (e instanceof Expr.TupleExpr t) {
      if (hasStarred(t.elts())) {
        starUnpack(t.elts());
        u.emit(Opcode.LIST_TO_TUPLE);
      } else {
        t.elts().forEach(this::expr);
        u.emit(Opcode.BUILD_TUPLE, t.elts().size());
      }
    } else if (e instanceof Expr.ListExpr l) {
      if (hasStarred(l.elts())) {
        starUnpack(l.elts());
      } else {
        l.elts().forEach(this::expr);
        u.emit(Opcode.BUILD_LIST, l.elts().size());
      }
    } else if (e instanceof Expr.DictExpr d) {
      dictDisplay(d);
    } else if (e instanceof Expr.SetExpr s) {
      if (hasStarred(s.elts())) {
        u.emit(Opcode.BUILD_SET, 0);
        for (Expr x : s.elts()) {
          if (x instanceof Expr.Starred st) {
            expr(st.value());
            u.emit(Opcode.SET_UPDATE, 1);
          } else {
            expr(x);
            u.emit(Opcode.SET_ADD, 1);
          }
        }
      } else if (s.elts().size() > 2 && s.elts().stream().allMatch(x -> constValue(x) != null)) {
        // starunpack_helper: a display of more than two constants updates an empty set from a frozenset.
        List<Object> values = s.elts().stream().map(Compiler::constValue).toList();
        PyObject[] items = values.stream().map(k::constant).toArray(PyObject[]::new);
        u.emit(Opcode.BUILD_SET, 0);
        u.emit(Opcode.LOAD_CONST, u.constIndex(new FrozenKey(values), k.frozenset(items)));
        u.emit(Opcode.SET_UPDATE, 1);
      } else {
        s.elts().forEach(this::expr);
        u.emit(Opcode.BUILD_SET, s.elts().size());
      }
    } else if (e instanceof Expr.IfExp i) {
      Label orelse = new Label();
      Label end = new Label();
      expr(i.test());
      u.emitJump(Opcode.POP_JUMP_IF_FALSE, orelse);
      expr(i.body());
      u.emitJump(Opcode.JUMP_FORWARD, end);
      u.bind(orelse);
      expr(i.orelse());
      u.bind(end);
    } else if (e instanceof Expr.Lambda l) {
      Scope scope = u.nameScope.child(l);
      PyCode code = compileFunctionBody(scope, "<lambda>", l.params(), l.line(), () -> {
        expr(l.body());
        u.emit(Opcode.RETURN_VALUE);
      }, true);
      makeFunction(code, l.params());
    } else if (e instanceof Expr.Comp c) {
      comprehension(c);
    } else if (e instanceof Expr.Yield y) {
      if (y.value() != null) {
        expr(y.value());
      } else {
        loadConst(null);
      }
      at(y.line(), y.col());
      u.emit(Opcode.YIELD_VALUE);
      u.emit(Opcode.RESUME, 1);
    } else if (e instanceof Expr.YieldFrom y) {
      expr(y.value());
      at(y.line(), y.col());
      u.emit(Opcode.GET_YIELD_FROM_ITER);
      loadConst(null);
      Label send = new Label();
      Label exit = new Label();
      u.bind(send);
      u.emitJump(Opcode.SEND, exit);
      u.emit(Opcode.YIELD_VALUE);
      u.emit(Opcode.RESUME, 2);
      u.emitJump(Opcode.JUMP_BACKWARD, send);
      u.bind(exit);
    } else if (e instanceof Expr.Await a) {
      expr(a.value());
      at(a.line(), a.col());
      u.emit(Opcode.GET_AWAITABLE, 0);
      loadConst(null);
      Label send = new Label();
      Label exit = new Label();
      u.bind(send);
      u.emitJump(Opcode.SEND, exit);
      u.emit(Opcode.YIELD_VALUE);
      u.emit(Opcode.RESUME, 3);
      u.emitJump(Opcode.JUMP_BACKWARD, send);
      u.bind(exit);
    } else if (e instanceof Expr.JoinedStr j) {
      for (Expr part : j.values()) {
        expr(part);
      }
      if (j.values().size() != 1 || !(j.values().get(0) instanceof Expr.Constant)) {
        u.emit(Opcode.BUILD_STRING, j.values().size());
      }
    } else if (e instanceof Expr.FormattedValue f) {
      expr(f.value());
      int flags = f.conversion() == 'r' ? 2 : f.conversion() == 's' ? 1 : f.conversion() == 'a' ? 3 : 0;
      if (f.spec() != null) {
        loadConst(f.spec());
        flags |= 4;
      }
      u.emit(Opcode.FORMAT_VALUE, flags);
    }
  }

  private static boolean hasStarred(List<Expr> elts) {
    return elts.stream().anyMatch(x -> x instanceof Expr.Starred);
  }

  /** is_two_element_slice (3.12+ only): the subscript's slice if it has no step, else null. */
  private Expr.Slice twoPartSlice(Expr.Subscript s) {
    return sliceOps && s.index() instanceof Expr.Slice sl && sl.step() == null ? sl : null;
  }

  /** compiler_slice's first two parts: the lower and upper bounds, None where omitted. */
  private void sliceBounds(Expr.Slice sl) {
    for (Expr part : new Expr[] {sl.lower(), sl.upper()}) {
      if (part != null) {
        expr(part);
      } else {
        loadConst(null);
      }
    }
  }

  /** Builds a list from items and starred iterables: BUILD_LIST 0, then LIST_APPEND / LIST_EXTEND. */
  private void starUnpack(List<Expr> elts) {
    u.emit(Opcode.BUILD_LIST, 0);
    for (Expr x : elts) {
      if (x instanceof Expr.Starred s) {
        expr(s.value());
        u.emit(Opcode.LIST_EXTEND, 1);
      } else {
        expr(x);
        u.emit(Opcode.LIST_APPEND, 1);
      }
    }
  }

  private void dictDisplay(Expr.DictExpr d) {
    if (!d.keys().contains(null)) {
      for (int i = 0; i < d.keys().size(); i++) {
        expr(d.keys().get(i));
        expr(d.values().get(i));
      }
      u.emit(Opcode.BUILD_MAP, d.keys().size());
      return;
    }
    u.emit(Opcode.BUILD_MAP, 0);
    for (int i = 0; i < d.keys().size(); i++) {
      if (d.keys().get(i) == null) {
        expr(d.values().get(i));
        u.emit(Opcode.DICT_MERGE, 1);
      } else {
        expr(d.keys().get(i));
        expr(d.values().get(i));
        u.emit(Opcode.MAP_ADD, 1);
      }
    }
  }

  private void compare(Expr.Compare c) {
    expr(c.left());
    int n = c.ops().size();
    if (n == 1) {
      expr(c.comparators().get(0));
      at(c.line(), c.col());
      compareOp(c.ops().get(0));
      return;
    }
    Label cleanup = new Label();
    Label end = new Label();
    for (int i = 0; i < n - 1; i++) {
      expr(c.comparators().get(i));
      u.emit(Opcode.SWAP, 2);
      u.emit(Opcode.COPY, 2);
      compareOp(c.ops().get(i));
      u.emitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(c.comparators().get(n - 1));
    compareOp(c.ops().get(n - 1));
    u.emitJump(Opcode.JUMP_FORWARD, end);
    u.bind(cleanup);
    u.emit(Opcode.SWAP, 2);
    u.emit(Opcode.POP_TOP);
    u.bind(end);
  }

  private void compareOp(String op) {
    switch (op) {
      case "is" -> u.emit(Opcode.IS_OP, 0);
      case "is not" -> u.emit(Opcode.IS_OP, 1);
      case "in" -> u.emit(Opcode.CONTAINS_OP, 0);
      case "not in" -> u.emit(Opcode.CONTAINS_OP, 1);
      default -> u.emit(Opcode.COMPARE_OP, CMPOPS.get(op).ordinal());
    }
  }

  private void call(Expr.Call c) {
    boolean dynamic = hasStarred(c.args()) || c.keywords().stream().anyMatch(kw -> kw.name() == null);
    if (c.func() instanceof Expr.Attribute a && !dynamic) {
      expr(a.value());
      at(a.line(), a.col());
      u.emit(Opcode.LOAD_METHOD, u.nameIndex(a.attr()));
    } else {
      u.emit(Opcode.PUSH_NULL);
      expr(c.func());
    }
    if (dynamic) {
      starUnpack(c.args());
      u.emit(Opcode.LIST_TO_TUPLE);
      if (!c.keywords().isEmpty()) {
        u.emit(Opcode.BUILD_MAP, 0);
        for (Expr.Keyword kw : c.keywords()) {
          if (kw.name() == null) {
            expr(kw.value());
            u.emit(Opcode.DICT_MERGE, 1);
          } else {
            loadConst(kw.name());
            expr(kw.value());
            u.emit(Opcode.MAP_ADD, 1);
          }
        }
      }
      at(c.line(), c.col());
      u.emit(Opcode.CALL_FUNCTION_EX, c.keywords().isEmpty() ? 0 : 1);
      return;
    }
    c.args().forEach(this::expr);
    for (Expr.Keyword kw : c.keywords()) {
      expr(kw.value());
    }
    at(c.line(), c.col());
    if (!c.keywords().isEmpty()) {
      List<String> names = c.keywords().stream().map(Expr.Keyword::name).toList();
      PyObject[] items = names.stream().map(k::constant).toArray(PyObject[]::new);
      u.emit(Opcode.KW_NAMES, u.constIndex(new KwNames(names), k.tuple(items)));
    }
    u.emit(Opcode.CALL, c.args().size() + c.keywords().size());
  }

  private record KwNames(List<String> names) {}

  private record TupleKey(Object value) {}

  /**
   * The value of a constant expression after CPython's AST folding: a literal, or a tuple of constants (as
   * a List); null otherwise.
   */
  private static Object constValue(Expr e) {
    if (e instanceof Expr.Constant c) {
      return c.value() == null ? NoneKey.NONE : c.value();
    }
    if (e instanceof Expr.TupleExpr t && !t.elts().isEmpty()) {
      List<Object> items = new ArrayList<>();
      for (Expr x : t.elts()) {
        Object v = constValue(x);
        if (v == null) {
          return null;
        }
        items.add(v);
      }
      return items;
    }
    return null;
  }

  private record FrozenKey(List<Object> values) {}

  /** 3.11: a comprehension is a nested function called with its first iterator ([func, iter] CALL 0). */
  private void comprehension(Expr.Comp c) {
    Scope scope = u.nameScope.child(c);
    if (scope.inlined) {
      inlinedComprehension(c, scope);
      return;
    }
    String name = scope.name;
    Expr.Params params = new Expr.Params(List.of(), List.of(".0"), List.of(), null, List.of(), List.of(), null);
    PyCode code = compileFunctionBody(scope, name, params, c.line(), () -> comprehensionBody(c), true);
    makeFunction(code, null);
    expr(c.generators().get(0).iter());
    at(c.line(), c.col());
    u.emit(Opcode.GET_ITER);
    u.emit(Opcode.CALL, 0);
  }

  /**
   * PEP 709 (compile.c push_/pop_inlined_comprehension_state): the first iterator is evaluated here; the names
   * the comprehension isolates are moved to the stack (LOAD_FAST_AND_CLEAR, a new cell for a captured one) below
   * it; the loop runs in this frame; then they are restored (STORE_FAST_MAYBE_NULL, last first), releasing the
   * comprehension's last values. On an exception the cleanup handler pops the iterator (unwinding), the partial
   * result, then restores the names before re-raising, so no comprehension frame reaches the traceback.
   */
  private void inlinedComprehension(Expr.Comp c, Scope scope) {
    expr(c.generators().get(0).iter());
    at(c.line(), c.col());
    u.emit(Opcode.GET_ITER);
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
    switch (c.kind()) {
      case "list" -> u.emit(Opcode.BUILD_LIST, 0);
      case "dict" -> u.emit(Opcode.BUILD_MAP, 0);
      default -> u.emit(Opcode.BUILD_SET, 0);
    }
    u.emit(Opcode.SWAP, 2);
    Scope outer = u.nameScope;
    u.nameScope = scope;
    comprehensionLoop(c, 0);
    u.nameScope = outer;
    at(c.line(), c.col());
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
    switch (c.kind()) {
      case "list" -> u.emit(Opcode.BUILD_LIST, 0);
      case "dict" -> u.emit(Opcode.BUILD_MAP, 0);
      case "set" -> u.emit(Opcode.BUILD_SET, 0);
      default -> { }
    }
    comprehensionLoop(c, 0);
    if (c.kind().equals("gen")) {
      loadConst(null);
    }
    u.emit(Opcode.RETURN_VALUE);
  }

  private void comprehensionLoop(Expr.Comp c, int i) {
    Expr.Comprehension g = c.generators().get(i);
    Label start = new Label();
    Label end = new Label();
    if (i == 0 && !u.nameScope.inlined) {
      u.emit(Opcode.LOAD_FAST, u.varIndex(".0"));
    } else if (i > 0) {
      expr(g.iter());
      u.emit(Opcode.GET_ITER);
    }
    u.bind(start);
    u.emitJump(Opcode.FOR_ITER, end);
    store(g.target());
    for (Expr cond : g.ifs()) {
      expr(cond);
      u.emitJump(Opcode.POP_JUMP_IF_FALSE, start);
    }
    if (i + 1 < c.generators().size()) {
      comprehensionLoop(c, i + 1);
    } else {
      int depth = i + 2;
      switch (c.kind()) {
        case "list" -> {
          expr(c.elt());
          u.emit(Opcode.LIST_APPEND, depth);
        }
        case "dict" -> {
          expr(c.elt());
          expr(c.value());
          u.emit(Opcode.MAP_ADD, depth);
        }
        case "set" -> {
          expr(c.elt());
          u.emit(Opcode.SET_ADD, depth);
        }
        default -> {
          expr(c.elt());
          u.emit(Opcode.YIELD_VALUE);
          u.emit(Opcode.RESUME, 1);
          u.emit(Opcode.POP_TOP);
        }
      }
    }
    u.emitJump(Opcode.JUMP_BACKWARD, start);
    u.bind(end);
  }
}
