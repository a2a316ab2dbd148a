package io.lifeline.interpreter.compiler;

import java.util.List;

/** Statement nodes of the AST. */
public sealed interface Stmt {
  int line();

  int col();

  record ExprStmt(Expr value, int line, int col) implements Stmt {}

  /** {@code t1 = t2 = value}: targets assigned left to right. */
  record Assign(List<Expr> targets, Expr value, int line, int col) implements Stmt {}

  record AugAssign(Expr target, String op, Expr value, int line, int col) implements Stmt {}

  /** {@code target: annotation [= value]}; value is null when absent (PEP 526). */
  record AnnAssign(Expr target, Expr annotation, Expr value, int line, int col) implements Stmt {}

  record Return(Expr value, int line, int col) implements Stmt {}

  record Pass(int line, int col) implements Stmt {}

  record Break(int line, int col) implements Stmt {}

  record Continue(int line, int col) implements Stmt {}

  record If(Expr test, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {}

  record While(Expr test, List<Stmt> body, List<Stmt> orelse, int line, int col) implements Stmt {}

  record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync, int line, int col)
      implements Stmt {}

  record FunctionDef(String name, Expr.Params params, List<Stmt> body, List<Expr> decorators, boolean isAsync,
      int line, int col) implements Stmt {}

  /** {@code keywords}: the class keywords ({@code metaclass=} among them) in source order. */
  record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body, List<Expr> decorators,
      int line, int col) implements Stmt {}

  record Handler(Expr type, String name, List<Stmt> body, int line, int col) {}

  record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orelse, List<Stmt> finalbody, int line, int col)
      implements Stmt {}

  record Raise(Expr exc, Expr cause, int line, int col) implements Stmt {}

  record Delete(List<Expr> targets, int line, int col) implements Stmt {}

  record Global(List<String> names, int line, int col) implements Stmt {}

  record Nonlocal(List<String> names, int line, int col) implements Stmt {}

  /** {@code import a as b}: one alias per statement after parsing. */
  record Import(String module, String asName, int line, int col) implements Stmt {}

  record ImportFrom(String module, List<String> names, List<String> asNames, int line, int col) implements Stmt {}

  record WithItem(Expr context, Expr target) {}

  record With(List<WithItem> items, List<Stmt> body, boolean isAsync, int line, int col) implements Stmt {}

  record Assert(Expr test, Expr msg, int line, int col) implements Stmt {}
}
