package io.lifeline.interpreter.compiler;

import java.util.List;

/** Expression nodes of the AST (Python's ast module, reduced to the supported subset). */
public sealed interface Expr {
  int line();

  int col();

  /** A literal: Long/BigInteger, Double, String, Boolean, or null for None. */
  record Constant(Object value, int line, int col) implements Expr {}

  record Name(String id, int line, int col) implements Expr {}

  /** {@code target := value} (PEP 572): stores the value in the name and is the value. */
  record NamedExpr(Name target, Expr value, int line, int col) implements Expr {}

  record BinOp(Expr left, String op, Expr right, int line, int col) implements Expr {}

  record UnaryOp(String op, Expr operand, int line, int col) implements Expr {}

  /** {@code and} / {@code or} over two or more values. */
  record BoolOp(String op, List<Expr> values, int line, int col) implements Expr {}

  /** Chained comparison {@code left op0 c0 op1 c1 ...}; ops include "is", "is not", "in", "not in". */
  record Compare(Expr left, List<String> ops, List<Expr> comparators, int line, int col) implements Expr {}

  /** A keyword argument; {@code name} null for {@code **mapping}. */
  record Keyword(String name, Expr value) {}

  record Call(Expr func, List<Expr> args, List<Keyword> keywords, int line, int col) implements Expr {}

  record Attribute(Expr value, String attr, int line, int col) implements Expr {}

  record Subscript(Expr value, Expr index, int line, int col) implements Expr {}

  record Starred(Expr value, int line, int col) implements Expr {}

  /** {@code lower:upper:step} inside a subscript; parts may be null. */
  record Slice(Expr lower, Expr upper, Expr step, int line, int col) implements Expr {}

  record TupleExpr(List<Expr> elts, int line, int col) implements Expr {}

  record ListExpr(List<Expr> elts, int line, int col) implements Expr {}

  /** Dict display; a null key marks {@code **mapping}. */
  record DictExpr(List<Expr> keys, List<Expr> values, int line, int col) implements Expr {}

  record SetExpr(List<Expr> elts, int line, int col) implements Expr {}

  record IfExp(Expr test, Expr body, Expr orelse, int line, int col) implements Expr {}

  record Lambda(Params params, Expr body, int line, int col) implements Expr {}

  /** One {@code for target in iter if cond...} clause. */
  record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}

  /** kind: "list", "set", "dict", "gen". For dict, {@code elt} is the key and {@code value} the value. */
  record Comp(String kind, Expr elt, Expr value, List<Comprehension> generators, int line, int col)
      implements Expr {}

  record Yield(Expr value, int line, int col) implements Expr {}

  record YieldFrom(Expr value, int line, int col) implements Expr {}

  record Await(Expr value, int line, int col) implements Expr {}

  /** An f-string: parts are Constant strings and FormattedValues. */
  record JoinedStr(List<Expr> values, int line, int col) implements Expr {}

  /**
   * conversion: -1 none, 's', 'r', 'a'; spec: the format spec after ':' (a Constant str, or a JoinedStr when it
   * has nested replacement fields), or null.
   */
  record FormattedValue(Expr value, int conversion, Expr spec, int line, int col) implements Expr {}

  /** Parameters of a def or lambda. Defaults align with the last positional parameters. */
  record Params(List<String> posonly, List<String> args, List<Expr> defaults, String vararg,
      List<String> kwonly, List<Expr> kwDefaults, String kwarg, java.util.Map<String, Expr> annotations) {
    public int argcount() {
      return posonly.size() + args.size();
    }
  }
}
