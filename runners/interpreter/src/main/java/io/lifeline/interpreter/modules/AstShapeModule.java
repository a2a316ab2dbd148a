package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.compiler.Expr;
import io.lifeline.interpreter.compiler.NodeEnds;
import io.lifeline.interpreter.compiler.Parser;
import io.lifeline.interpreter.compiler.Scanner;
import io.lifeline.interpreter.compiler.Stmt;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.vm.Interp;
import java.util.List;

/**
 * {@code _ast_shape}: the part of {@code ast.parse} that traceback's caret lines read (Lib/traceback.py's
 * _extract_caret_anchors_from_line_segment and 3.13's _should_show_carets), over the models' own parser.
 * {@code first_statement(source)} is None when the source does not parse, else
 * {@code (count, stmt_kind, value_kind, value, a, b, flag)}: how many statements, the first one's ast class name,
 * the class name of its value (an Expr's expression, a Return's or Assign's value; None without one), and spans
 * {@code (lineno, col_offset, end_lineno, end_col_offset)}: the value's, and for a BinOp its left and right, for a
 * Subscript its value and slice, for a Call its func (b None). flag: for a Return of a Call, whether func is a
 * Name; for an Assign, whether it has one target and that is a Name. Columns count characters (ast's count UTF-8 bytes).
 */
public final class AstShapeModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    function(in, m, "first_statement", (i, a, k) -> {
      Args.count(i, "first_statement", a, k, 1, 1);
      String source = i.ops.strOf((PyStr) a[0]);
      Parser parser;
      List<Stmt> body;
      try {
        parser = new Parser(new Scanner(source).scan());
        body = parser.module();
      } catch (RuntimeException e) { // PySyntaxError among them
        return i.none();
      }
      return shape(i, body, parser.nodeEnds());
    });
  }

  private static PyObject shape(Interp in, List<Stmt> body, NodeEnds ends) {
    if (body.isEmpty()) {
      return in.newTuple(new PyObject[] {in.newInt(0), in.none(), in.none(), in.none(), in.none(), in.none(),
          in.none()});
    }
    Stmt s = body.get(0);
    Expr value = null;
    boolean flag = false;
    if (s instanceof Stmt.ExprStmt e) {
      value = e.value();
    } else if (s instanceof Stmt.Return r) {
      value = r.value();
    } else if (s instanceof Stmt.Assign as) {
      value = as.value();
      flag = as.targets().size() == 1 && as.targets().get(0) instanceof Expr.Name;
    }
    Expr left = null;
    Expr right = null;
    if (value instanceof Expr.BinOp b) {
      left = b.left();
      right = b.right();
    } else if (value instanceof Expr.Subscript sub) {
      left = sub.value();
      right = sub.index();
    } else if (value instanceof Expr.Call c) {
      left = c.func();
      flag = s instanceof Stmt.Return ? c.func() instanceof Expr.Name : flag;
    }
    String stmtKind = s instanceof Stmt.ExprStmt ? "Expr" : s.getClass().getSimpleName();
    return in.newTuple(new PyObject[] {in.newInt(body.size()), in.newStr(stmtKind),
        value == null ? in.none() : in.newStr(value.getClass().getSimpleName()), span(in, value, ends),
        span(in, left, ends), span(in, right, ends), in.heap.incref(in.types.bool(flag))});
  }

  private static PyObject span(Interp in, Expr e, NodeEnds ends) {
    if (e == null) {
      return in.none();
    }
    return in.newTuple(new PyObject[] {in.newInt(e.line()), in.newInt(e.col()),
        in.newInt(ends.endLine(e, e.line())), in.newInt(ends.endCol(e, e.col()))});
  }
}
