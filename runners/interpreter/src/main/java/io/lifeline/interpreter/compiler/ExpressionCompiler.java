package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.compiler.CodeUnit.Label;
import io.lifeline.interpreter.object.PyObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expressions and assignment targets to bytecode (compiler_visit_expr): LOAD_METHOD/CALL for method calls,
 * PUSH_NULL before plain callables, KW_NAMES for keyword calls, CALL_FUNCTION_EX once a star appears, constant
 * tuples and sets of constants folded into one constant as ast_opt.c folds them, and 3.12's BINARY_SLICE and
 * STORE_SLICE for two-part slices when {@link #sliceOps} is on.
 */
abstract class ExpressionCompiler extends CodeGenerator {
  static final Map<String, BinaryOp> BINOPS = Map.ofEntries(
      Map.entry("+", BinaryOp.ADD), Map.entry("-", BinaryOp.SUB), Map.entry("*", BinaryOp.MUL),
      Map.entry("/", BinaryOp.TRUEDIV), Map.entry("//", BinaryOp.FLOORDIV), Map.entry("%", BinaryOp.MOD),
      Map.entry("**", BinaryOp.POW), Map.entry("<<", BinaryOp.LSHIFT), Map.entry(">>", BinaryOp.RSHIFT),
      Map.entry("&", BinaryOp.AND), Map.entry("|", BinaryOp.OR), Map.entry("^", BinaryOp.XOR),
      Map.entry("@", BinaryOp.MATMUL));
  private static final Map<String, CompareOp> CMPOPS = Map.of("<", CompareOp.LT, "<=", CompareOp.LE,
      "==", CompareOp.EQ, "!=", CompareOp.NE, ">", CompareOp.GT, ">=", CompareOp.GE);

  ExpressionCompiler(Constants k, boolean sliceOps) {
    super(k, sliceOps);
  }

  /** A lambda: its code object made into a function on the stack. */
  abstract void lambda(Expr.Lambda l);

  /** A list, set or dict comprehension or generator expression, its result on the stack. */
  abstract void comprehension(Expr.Comp c);

  // ---------------------------------------------------------------- Targets

  /** Stores the value on top of the stack into {@code target}, unpacking tuple and list targets. */
  final void store(Expr target) {
    target(target, true);
  }

  /** Deletes {@code target}; a tuple or list target deletes each of its items, in order. */
  final void delete(Expr target) {
    target(target, false);
  }

  /** A target in CPython's Store ({@code store}) or Del context. */
  private void target(Expr target, boolean store) {
    at(target);
    if (target instanceof Expr.Name n) {
      if (store) {
        storeName(n.id());
      } else {
        deleteName(n.id());
      }
    } else if (target instanceof Expr.Attribute a) {
      expr(a.value());
      u.emit(store ? Opcode.STORE_ATTR : Opcode.DELETE_ATTR, u.nameIndex(a.attr()));
    } else if (target instanceof Expr.Subscript s && store && twoPartSlice(s) != null) {
      expr(s.value());
      sliceBounds(twoPartSlice(s));
      at(s);
      u.emit(Opcode.STORE_SLICE);
    } else if (target instanceof Expr.Subscript s) {
      expr(s.value());
      expr(s.index());
      u.emit(store ? Opcode.STORE_SUBSCR : Opcode.DELETE_SUBSCR);
    } else if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
      List<Expr> elts = target instanceof Expr.TupleExpr t ? t.elts() : ((Expr.ListExpr) target).elts();
      if (store) {
        unpack(elts, target.line(), target.col());
      } else {
        elts.forEach(this::delete);
      }
    } else {
      throw new PySyntaxError(store ? "cannot assign to expression" : "cannot delete expression", target.line(),
          target.col());
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

  /**
   * The head of every for loop and comprehension: {@code start:} FOR_ITER, which jumps to {@code exit} once the
   * iterator on the stack is exhausted, then the store of the next item into {@code target}.
   */
  final void forIter(Label start, Label exit, Expr target) {
    u.bind(start);
    u.emitJump(Opcode.FOR_ITER, exit);
    store(target);
  }

  /** An async for's step: at {@code start}, await {@code __anext__()} under {@code handler}, then store the item. */
  final void asyncForIter(Label start, Label handler, Expr target) {
    u.bind(start);
    u.pushHandler(handler, u.depth);
    u.emit(Opcode.GET_ANEXT);
    sendLoop(3);
    u.popHandler();
    store(target);
  }

  /** An async for's exit: the handler {@link #asyncForIter} set, ending the loop on StopAsyncIteration. */
  final void asyncForEnd(Label handler) {
    u.bind(handler);
    u.emit(Opcode.END_ASYNC_FOR);
  }

  // ---------------------------------------------------------------- Expressions

  @Override
  final void expr(Expr e) {
    int line = u.line;
    int col = u.col;
    int endLine = u.endLine;
    int endCol = u.endCol;
    at(e);
    exprAt(e);
    at(line, col, endLine, endCol);
  }

  private void exprAt(Expr e) {
    if (e instanceof Expr.Constant c) {
      loadConst(c.value());
    } else if (e instanceof Expr.Name n) {
      loadName(n.id());
    } else if (e instanceof Expr.BinOp b) {
      expr(b.left());
      expr(b.right());
      at(b);
      u.emit(Opcode.BINARY_OP, BINOPS.get(b.op()).ordinal());
    } else if (e instanceof Expr.UnaryOp un) {
      unaryOp(un);
    } else if (e instanceof Expr.BoolOp b) {
      boolOp(b);
    } else if (e instanceof Expr.Compare c) {
      compare(c);
    } else if (e instanceof Expr.Call c) {
      call(c);
    } else if (e instanceof Expr.Attribute a) {
      expr(a.value());
      at(a);
      u.emit(Opcode.LOAD_ATTR, u.nameIndex(a.attr()));
    } else if (e instanceof Expr.Subscript s) {
      subscript(s);
    } else if (e instanceof Expr.Slice sl) {
      sliceBounds(sl);
      if (sl.step() != null) {
        expr(sl.step());
      }
      u.emit(Opcode.BUILD_SLICE, sl.step() != null ? 3 : 2);
    } else if (e instanceof Expr.Starred s) {
      throw new PySyntaxError("can't use starred expression here", s.line(), s.col());
    } else if (e instanceof Expr.TupleExpr t) {
      tupleDisplay(t);
    } else if (e instanceof Expr.ListExpr l) {
      listDisplay(l);
    } else if (e instanceof Expr.DictExpr d) {
      dictDisplay(d);
    } else if (e instanceof Expr.SetExpr s) {
      setDisplay(s);
    } else if (e instanceof Expr.IfExp i) {
      ifElse(i.test(), () -> expr(i.body()), () -> expr(i.orelse()));
    } else if (e instanceof Expr.Lambda l) {
      lambda(l);
    } else if (e instanceof Expr.Comp c) {
      comprehension(c);
    } else {
      generatorOrString(e);
    }
  }

  /** The expressions that suspend (yield, yield from, await) and f-strings. */
  private void generatorOrString(Expr e) {
    if (e instanceof Expr.Yield y) {
      if (y.value() != null) {
        expr(y.value());
      } else {
        loadConst(null);
      }
      at(y);
      wrapIfAsyncGenerator();
      u.emit(Opcode.YIELD_VALUE);
      u.emit(Opcode.RESUME, 1);
    } else if (e instanceof Expr.YieldFrom y) {
      expr(y.value());
      at(y);
      u.emit(Opcode.GET_YIELD_FROM_ITER);
      sendLoop(2);
    } else if (e instanceof Expr.Await a) {
      expr(a.value());
      at(a);
      u.emit(Opcode.GET_AWAITABLE, 0);
      sendLoop(3);
    } else if (e instanceof Expr.JoinedStr j) {
      for (Expr part : j.values()) {
        expr(part);
      }
      if (j.values().size() != 1 || !(j.values().get(0) instanceof Expr.Constant)) {
        u.emit(Opcode.BUILD_STRING, j.values().size());
      }
    } else if (e instanceof Expr.NamedExpr n) {
      expr(n.value());
      u.emit(Opcode.COPY, 1);
      store(n.target());
    } else if (e instanceof Expr.FormattedValue f) {
      expr(f.value());
      int flags = f.conversion() == 'r' ? 2 : f.conversion() == 's' ? 1 : f.conversion() == 'a' ? 3 : 0;
      if (f.spec() != null) {
        expr(f.spec());
        flags |= 4;
      }
      u.emit(Opcode.FORMAT_VALUE, flags);
    }
  }

  /** 3.11's ASYNC_GEN_WRAP before an async generator's own yield (3.10 wraps inside YIELD_VALUE: the same). */
  final void wrapIfAsyncGenerator() {
    if (u.scope.isGenerator && u.scope.isCoroutine) {
      u.emit(Opcode.ASYNC_GEN_WRAP);
    }
  }

  /**
   * compiler_add_yield_from: sends None, then the values sent in, to the iterator or awaitable on the stack until
   * it finishes; each value it yields is yielded on, resuming with {@code resumeKind} (2 yield from, 3 await).
   */
  final void sendLoop(int resumeKind) {
    loadConst(null);
    Label send = new Label();
    Label exit = new Label();
    u.bind(send);
    u.emitJump(Opcode.SEND, exit);
    u.emit(Opcode.YIELD_VALUE);
    u.emit(Opcode.RESUME, resumeKind);
    u.emitJump(Opcode.JUMP_BACKWARD, send);
    u.bind(exit);
  }

  private void unaryOp(Expr.UnaryOp un) {
    expr(un.operand());
    at(un);
    u.emit(switch (un.op()) {
      case "not" -> Opcode.UNARY_NOT;
      case "-" -> Opcode.UNARY_NEGATIVE;
      case "+" -> Opcode.UNARY_POSITIVE;
      default -> Opcode.UNARY_INVERT;
    });
  }

  private void boolOp(Expr.BoolOp b) {
    Label end = new Label();
    Opcode jump = b.op().equals("and") ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < b.values().size() - 1; i++) {
      expr(b.values().get(i));
      u.emitJump(jump, end);
    }
    expr(b.values().get(b.values().size() - 1));
    u.bind(end);
  }

  private void subscript(Expr.Subscript s) {
    expr(s.value());
    if (twoPartSlice(s) != null) {
      sliceBounds(twoPartSlice(s));
      at(s);
      u.emit(Opcode.BINARY_SLICE);
    } else {
      expr(s.index());
      at(s);
      u.emit(Opcode.BINARY_SUBSCR);
    }
  }

  /** is_two_element_slice (3.12+ only): the subscript's slice if it has no step, else null. */
  final Expr.Slice twoPartSlice(Expr.Subscript s) {
    return sliceOps && s.index() instanceof Expr.Slice sl && sl.step() == null ? sl : null;
  }

  /** compiler_slice's first two parts: the lower and upper bounds, None where omitted. */
  final void sliceBounds(Expr.Slice sl) {
    for (Expr part : new Expr[] {sl.lower(), sl.upper()}) {
      if (part != null) {
        expr(part);
      } else {
        loadConst(null);
      }
    }
  }

  // ---------------------------------------------------------------- Displays

  private static boolean hasStarred(List<Expr> elts) {
    return elts.stream().anyMatch(x -> x instanceof Expr.Starred);
  }

  private void tupleDisplay(Expr.TupleExpr t) {
    Object v = constValue(t);
    if (v != null) {
      u.emit(Opcode.LOAD_CONST, u.constIndex(new TupleKey(v), k.constant(v)));
    } else if (hasStarred(t.elts())) {
      starUnpack(t.elts());
      u.emit(Opcode.LIST_TO_TUPLE);
    } else {
      t.elts().forEach(this::expr);
      u.emit(Opcode.BUILD_TUPLE, t.elts().size());
    }
  }

  private void listDisplay(Expr.ListExpr l) {
    if (hasStarred(l.elts())) {
      starUnpack(l.elts());
    } else {
      l.elts().forEach(this::expr);
      u.emit(Opcode.BUILD_LIST, l.elts().size());
    }
  }

  private void setDisplay(Expr.SetExpr s) {
    if (hasStarred(s.elts())) {
      starUnpack(s.elts(), Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE);
    } else if (s.elts().size() > 2 && s.elts().stream().allMatch(x -> constValue(x) != null)) {
      // starunpack_helper: a display of more than two constants updates an empty set from a frozenset.
      List<Object> values = s.elts().stream().map(ExpressionCompiler::constValue).toList();
      PyObject[] items = values.stream().map(k::constant).toArray(PyObject[]::new);
      u.emit(Opcode.BUILD_SET, 0);
      u.emit(Opcode.LOAD_CONST, u.constIndex(new FrozenKey(values), k.frozenset(items)));
      u.emit(Opcode.SET_UPDATE, 1);
    } else {
      s.elts().forEach(this::expr);
      u.emit(Opcode.BUILD_SET, s.elts().size());
    }
  }

  /** Builds a list from items and starred iterables: BUILD_LIST 0, then LIST_APPEND / LIST_EXTEND. */
  private void starUnpack(List<Expr> elts) {
    starUnpack(elts, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND);
  }

  /** starunpack_helper: an empty collection ({@code build} 0), then {@code add} per item, {@code extend} per star. */
  private void starUnpack(List<Expr> elts, Opcode build, Opcode add, Opcode extend) {
    u.emit(build, 0);
    for (Expr x : elts) {
      if (x instanceof Expr.Starred s) {
        expr(s.value());
        u.emit(extend, 1);
      } else {
        expr(x);
        u.emit(add, 1);
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

  private record TupleKey(Object value) {}

  private record FrozenKey(List<Object> values) {}

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

  // ---------------------------------------------------------------- Comparisons and calls

  private void compare(Expr.Compare c) {
    expr(c.left());
    int n = c.ops().size();
    if (n == 1) {
      expr(c.comparators().get(0));
      at(c);
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
      at(a);
      u.emit(Opcode.LOAD_METHOD, u.nameIndex(a.attr()));
    } else {
      u.emit(Opcode.PUSH_NULL);
      expr(c.func());
    }
    if (dynamic) {
      starCall(c);
      return;
    }
    c.args().forEach(this::expr);
    for (Expr.Keyword kw : c.keywords()) {
      expr(kw.value());
    }
    at(c);
    if (!c.keywords().isEmpty()) {
      kwNames(c.keywords().stream().map(Expr.Keyword::name).toList());
    }
    u.emit(Opcode.CALL, c.args().size() + c.keywords().size());
  }

  /** A call with *args or **kwargs: the arguments as a tuple and a dict, then CALL_FUNCTION_EX. */
  private void starCall(Expr.Call c) {
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
    at(c);
    u.emit(Opcode.CALL_FUNCTION_EX, c.keywords().isEmpty() ? 0 : 1);
  }
}
