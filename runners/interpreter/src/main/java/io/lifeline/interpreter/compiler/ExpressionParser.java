package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.compiler.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Expressions by recursive descent, one method per rule of Python's grammar from {@code test} down to
 * {@code atom}, plus the expression-shaped pieces statements reuse: assignment targets and parameter lists.
 * Literal operands are folded as ast_opt.c folds them ({@link ConstantFolder}), so {@code -5} is a constant.
 */
abstract class ExpressionParser extends TokenCursor {
  static final Set<String> AUG_OPS =
      Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=");
  private static final Set<String> COMPARE_OPS = Set.of("<", ">", "==", ">=", "<=", "!=");

  /** Set once the module imported {@code annotations} from {@code __future__}: annotations are kept as strings. */
  boolean stringAnnotations;

  ExpressionParser(List<Token> tokens) {
    super(tokens);
  }

  /** An expression list that may contain starred items; a bare tuple if it has a comma. */
  final Expr exprListStar() {
    Token t = peek();
    Expr first = starredOr(this::test);
    if (!check(Kind.OP, ",")) {
      return first;
    }
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (match(Kind.OP, ",")) {
      if (atStatementEnd() || check(Kind.OP, "=") || check(Kind.OP, ")") || AUG_OPS.contains(peek().text())) {
        break;
      }
      elts.add(starredOr(this::test));
    }
    return ended(new Expr.TupleExpr(elts, t.line(), t.col()));
  }

  /** The targets of a for loop or comprehension, up to {@code in}: one target, or a tuple if there is a comma. */
  final Expr targetList() {
    Token t = peek();
    List<Expr> elts = new ArrayList<>();
    boolean comma = false;
    do {
      if (check(Kind.NAME, "in")) {
        break;
      }
      elts.add(starredOr(this::bitOr));
      if (!check(Kind.OP, ",")) {
        break;
      }
      comma = true;
    } while (match(Kind.OP, ","));
    Expr target = elts.size() == 1 && !comma ? elts.get(0) : ended(new Expr.TupleExpr(elts, t.line(), t.col()));
    checkTarget(target);
    return target;
  }

  /** Throws unless {@code e} can be assigned to: a name, attribute, subscript, or a tuple/list/star of those. */
  final void checkTarget(Expr e) {
    if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
      return;
    }
    if (e instanceof Expr.TupleExpr t) {
      t.elts().forEach(this::checkTarget);
    } else if (e instanceof Expr.ListExpr l) {
      l.elts().forEach(this::checkTarget);
    } else if (e instanceof Expr.Starred s) {
      checkTarget(s.value());
    } else {
      throw new PySyntaxError("cannot assign to expression", e.line(), e.col());
    }
  }

  /** Parameter list up to {@code close} (")" for def, ":" for lambda). */
  final Expr.Params params(String close) {
    List<String> posonly = new ArrayList<>();
    List<String> args = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    String vararg = null;
    List<String> kwonly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    String kwarg = null;
    java.util.Map<String, Expr> annotations = new java.util.LinkedHashMap<>();
    boolean star = false;
    while (!check(Kind.OP, close)) {
      Token t = peek();
      if (match(Kind.OP, "/")) {
        if (star || args.isEmpty() || !posonly.isEmpty()) {
          throw error(t, "invalid syntax");
        }
        posonly.addAll(args);
        args.clear();
      } else if (match(Kind.OP, "**")) {
        kwarg = name();
        annotation(close, kwarg, annotations);
      } else if (match(Kind.OP, "*")) {
        star = true;
        if (check(Kind.NAME)) {
          vararg = name();
          annotation(close, vararg, annotations);
        }
      } else {
        String n = name();
        annotation(close, n, annotations);
        Expr dflt = match(Kind.OP, "=") ? test() : null;
        if (star) {
          kwonly.add(n);
          kwDefaults.add(dflt);
        } else {
          if (dflt == null && !defaults.isEmpty()) {
            throw new PySyntaxError("non-default argument follows default argument", t.line(), t.col());
          }
          args.add(n);
          if (dflt != null) {
            defaults.add(dflt);
          }
        }
      }
      if (!match(Kind.OP, ",")) {
        break;
      }
    }
    return new Expr.Params(posonly, args, defaults, vararg, kwonly, kwDefaults, kwarg, annotations);
  }

  /** A def parameter's {@code : annotation}, kept under its name in source order (compile.c's visiting order). */
  private void annotation(String close, String param, java.util.Map<String, Expr> annotations) {
    if (close.equals(")") && match(Kind.OP, ":")) {
      annotations.put(param, annotationExpr());
    }
  }

  /**
   * An annotation: the expression, or under {@code from __future__ import annotations} (PEP 563) its source text
   * as a str constant, as the compiler's unparsing writes it ({@link AnnotationText}).
   */
  final Expr annotationExpr() {
    Token start = peek();
    int from = position();
    Expr e = test();
    return stringAnnotations
        ? new Expr.Constant(AnnotationText.of(tokens(from, position())), start.line(), start.col()) : e;
  }

  /** A starred item if the next token is '*', else what {@code item} parses. */
  private Expr starredOr(Supplier<Expr> item) {
    return check(Kind.OP, "*") ? starred() : item.get();
  }

  private Expr starred() {
    Token t = advance();
    return ended(new Expr.Starred(bitOr(), t.line(), t.col()));
  }

  final Expr namedTest() {
    Expr e = test();
    if (check(Kind.OP, ":=")) {
      Token t = advance();
      if (!(e instanceof Expr.Name n)) {
        throw new PySyntaxError("cannot use assignment expressions with this expression", t.line(), t.col());
      }
      return ended(new Expr.NamedExpr(n, test(), e.line(), e.col()));
    }
    return e;
  }

  final Expr test() {
    if (check(Kind.NAME, "lambda")) {
      return lambda();
    }
    Expr body = orTest();
    if (check(Kind.NAME, "if")) {
      advance();
      Expr cond = orTest();
      expectKeyword("else");
      Expr orelse = test();
      return ended(new Expr.IfExp(cond, body, orelse, body.line(), body.col()));
    }
    return body;
  }

  private Expr testNoCond() {
    return check(Kind.NAME, "lambda") ? lambda() : orTest();
  }

  private Expr lambda() {
    Token t = advance();
    Expr.Params params = params(":");
    consume(Kind.OP, ":", "expected ':'");
    return ended(new Expr.Lambda(params, test(), t.line(), t.col()));
  }

  private Expr orTest() {
    return boolOp("or", this::andTest);
  }

  private Expr andTest() {
    return boolOp("and", this::notTest);
  }

  /** {@code operand (op operand)*} as one BoolOp with all the operands, or the single operand. */
  private Expr boolOp(String op, Supplier<Expr> operand) {
    Expr left = operand.get();
    if (!check(Kind.NAME, op)) {
      return left;
    }
    List<Expr> values = new ArrayList<>(List.of(left));
    while (matchKeyword(op)) {
      values.add(operand.get());
    }
    return ended(new Expr.BoolOp(op, values, left.line(), left.col()));
  }

  private Expr notTest() {
    if (check(Kind.NAME, "not")) {
      Token t = advance();
      return ended(new Expr.UnaryOp("not", notTest(), t.line(), t.col()));
    }
    return comparison();
  }

  private Expr comparison() {
    Expr left = bitOr();
    List<String> ops = new ArrayList<>();
    List<Expr> comps = new ArrayList<>();
    while (true) {
      Token t = peek();
      String op;
      if (t.kind() == Kind.OP && COMPARE_OPS.contains(t.text())) {
        op = advance().text();
      } else if (t.isKeyword("in")) {
        advance();
        op = "in";
      } else if (t.isKeyword("not") && peekAt(1).isKeyword("in")) {
        advance();
        advance();
        op = "not in";
      } else if (t.isKeyword("is")) {
        advance();
        op = matchKeyword("not") ? "is not" : "is";
      } else {
        break;
      }
      ops.add(op);
      comps.add(bitOr());
    }
    return ops.isEmpty() ? left : ended(new Expr.Compare(left, ops, comps, left.line(), left.col()));
  }

  final Expr bitOr() {
    return leftAssociative(this::bitXor, "|");
  }

  private Expr bitXor() {
    return leftAssociative(this::bitAnd, "^");
  }

  private Expr bitAnd() {
    return leftAssociative(this::shift, "&");
  }

  private Expr shift() {
    return leftAssociative(this::arith, "<<", ">>");
  }

  private Expr arith() {
    return leftAssociative(this::term, "+", "-");
  }

  private Expr term() {
    return leftAssociative(this::factor, "*", "/", "//", "%", "@");
  }

  /** One level of left-associative binary operators: {@code operand (op operand)*}, folded where CPython folds. */
  private Expr leftAssociative(Supplier<Expr> operand, String... ops) {
    Token first = peek();
    Expr e = operand.get();
    while (checkAnyOp(ops)) {
      Token t = advance();
      e = ended(ConstantFolder.binOp(e, t.text(), operand.get(), first.line(), first.col()));
    }
    return e;
  }

  private boolean checkAnyOp(String... ops) {
    for (String op : ops) {
      if (check(Kind.OP, op)) {
        return true;
      }
    }
    return false;
  }

  private Expr factor() {
    if (checkAnyOp("-", "+", "~")) {
      Token t = advance();
      Expr operand = factor();
      Object folded = ConstantFolder.foldUnary(t.text(), operand);
      if (folded != null) {
        return ended(new Expr.Constant(folded, t.line(), t.col()));
      }
      return ended(new Expr.UnaryOp(t.text(), operand, t.line(), t.col()));
    }
    return power();
  }

  private Expr power() {
    Expr base;
    if (check(Kind.NAME, "await")) {
      Token t = advance();
      base = ended(new Expr.Await(atomExpr(), t.line(), t.col()));
    } else {
      base = atomExpr();
    }
    if (check(Kind.OP, "**")) {
      advance();
      return ended(ConstantFolder.binOp(base, "**", factor(), base.line(), base.col()));
    }
    return base;
  }

  private Expr atomExpr() {
    Token first = peek();
    Expr e = ended(atom());
    while (true) {
      if (match(Kind.OP, "(")) {
        e = ended(call(e, first));
      } else if (match(Kind.OP, "[")) {
        Expr index = subscript();
        consume(Kind.OP, "]", "expected ']'");
        e = ended(new Expr.Subscript(e, index, first.line(), first.col()));
      } else if (match(Kind.OP, ".")) {
        e = ended(new Expr.Attribute(e, name(), first.line(), first.col()));
      } else {
        return e;
      }
    }
  }

  private Expr subscript() {
    Token t = peek();
    Expr first = sliceItem();
    if (!check(Kind.OP, ",")) {
      return first;
    }
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (match(Kind.OP, ",") && !check(Kind.OP, "]")) {
      elts.add(sliceItem());
    }
    return ended(new Expr.TupleExpr(elts, t.line(), t.col()));
  }

  /** An index or a slice {@code [lower]:[upper][:[step]]}. */
  private Expr sliceItem() {
    Token t = peek();
    Expr lower = check(Kind.OP, ":") ? null : ended(test());
    if (!match(Kind.OP, ":")) {
      return lower;
    }
    Expr upper = check(Kind.OP, ":") || check(Kind.OP, "]") || check(Kind.OP, ",") ? null : test();
    Expr step = null;
    if (match(Kind.OP, ":") && !check(Kind.OP, "]") && !check(Kind.OP, ",")) {
      step = test();
    }
    return ended(new Expr.Slice(lower, upper, step, t.line(), t.col()));
  }

  private Expr call(Expr func, Token first) {
    List<Expr> args = new ArrayList<>();
    List<Expr.Keyword> keywords = new ArrayList<>();
    while (!check(Kind.OP, ")")) {
      Token t = peek();
      if (match(Kind.OP, "**")) {
        keywords.add(new Expr.Keyword(null, ended(test())));
      } else if (check(Kind.OP, "*")) {
        args.add(starred());
      } else if (t.kind() == Kind.NAME && peekAt(1).isOp("=")) {
        String n = name();
        advance();
        keywords.add(new Expr.Keyword(n, ended(test())));
      } else {
        Expr a = ended(namedTest());
        if (check(Kind.NAME, "for") || check(Kind.NAME, "async")) {
          a = ended(new Expr.Comp("gen", a, null, comprehensionClauses(), a.line(), a.col()));
        }
        if (!keywords.isEmpty()) {
          throw new PySyntaxError("positional argument follows keyword argument", t.line(), t.col());
        }
        args.add(a);
      }
      if (!match(Kind.OP, ",")) {
        break;
      }
    }
    consume(Kind.OP, ")", "expected ')'");
    return new Expr.Call(func, args, keywords, first.line(), first.col());
  }

  private List<Expr.Comprehension> comprehensionClauses() {
    List<Expr.Comprehension> gens = new ArrayList<>();
    while (check(Kind.NAME, "for") || check(Kind.NAME, "async")) {
      boolean async = advance().text().equals("async");
      if (async) {
        expectKeyword("for");
      }
      Expr target = targetList();
      expectKeyword("in");
      Expr iter = orTest();
      List<Expr> ifs = new ArrayList<>();
      while (matchKeyword("if")) {
        ifs.add(testNoCond());
      }
      gens.add(new Expr.Comprehension(target, iter, ifs, async));
    }
    return gens;
  }

  /** The comprehension {@code first} starts, of the given kind, closed by {@code close}. */
  private Expr comprehension(String kind, Expr first, Expr value, Token open, String close) {
    Expr c = new Expr.Comp(kind, first, value, comprehensionClauses(), open.line(), open.col());
    consume(Kind.OP, close, "expected '" + close + "'");
    return ended(c);
  }

  private Expr atom() {
    Token t = advance();
    switch (t.kind()) {
      case NUMBER:
        return new Expr.Constant(Literals.number(t), t.line(), t.col());
      case STRING:
        List<Token> parts = new ArrayList<>(List.of(t));
        while (check(Kind.STRING)) {
          parts.add(advance());
        }
        return Literals.strings(parts);
      case NAME:
        return nameAtom(t);
      case OP:
        switch (t.text()) {
          case "(": return parenthesized(t);
          case "[": return listDisplay(t);
          case "{": return dictOrSet(t);
          case "...": return new Expr.Constant(new EllipsisValue(), t.line(), t.col());
          default: throw error(t, "invalid syntax");
        }
      default:
        throw error(t, "invalid syntax");
    }
  }

  private static Expr nameAtom(Token t) {
    switch (t.text()) {
      case "None": return new Expr.Constant(null, t.line(), t.col());
      case "True": return new Expr.Constant(Boolean.TRUE, t.line(), t.col());
      case "False": return new Expr.Constant(Boolean.FALSE, t.line(), t.col());
      case "yield": throw new PySyntaxError("'yield' outside parentheses", t.line(), t.col());
      default:
        if (isKeyword(t.text())) {
          throw error(t, "invalid syntax");
        }
        return new Expr.Name(t.text(), t.line(), t.col());
    }
  }

  private Expr parenthesized(Token open) {
    if (match(Kind.OP, ")")) {
      return new Expr.TupleExpr(List.of(), open.line(), open.col());
    }
    if (check(Kind.NAME, "yield")) {
      Expr y = yieldExpr();
      consume(Kind.OP, ")", "expected ')'");
      return y;
    }
    Expr first = starredOr(this::namedTest);
    if (check(Kind.NAME, "for") || check(Kind.NAME, "async")) {
      return comprehension("gen", first, null, open, ")");
    }
    if (match(Kind.OP, ")")) {
      return first;
    }
    List<Expr> elts = displayItems(first, ")", this::namedTest);
    return new Expr.TupleExpr(elts, open.line(), open.col());
  }

  /** The items of a display after {@code first}, up to and including {@code close}; a trailing comma is allowed. */
  private List<Expr> displayItems(Expr first, String close, Supplier<Expr> item) {
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (match(Kind.OP, ",")) {
      if (check(Kind.OP, close)) {
        break;
      }
      elts.add(starredOr(item));
    }
    consume(Kind.OP, close, "expected '" + close + "'");
    return elts;
  }

  final Expr yieldExpr() {
    Token t = advance();
    if (matchKeyword("from")) {
      return new Expr.YieldFrom(test(), t.line(), t.col());
    }
    if (check(Kind.OP, ")") || atStatementEnd() || check(Kind.OP, "=")) {
      return new Expr.Yield(null, t.line(), t.col());
    }
    return new Expr.Yield(exprListStar(), t.line(), t.col());
  }

  private Expr listDisplay(Token open) {
    if (match(Kind.OP, "]")) {
      return new Expr.ListExpr(new ArrayList<>(), open.line(), open.col());
    }
    Expr first = starredOr(this::namedTest);
    if (check(Kind.NAME, "for") || check(Kind.NAME, "async")) {
      return comprehension("list", first, null, open, "]");
    }
    return new Expr.ListExpr(displayItems(first, "]", this::namedTest), open.line(), open.col());
  }

  private Expr dictOrSet(Token open) {
    if (match(Kind.OP, "}")) {
      return new Expr.DictExpr(new ArrayList<>(), new ArrayList<>(), open.line(), open.col());
    }
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    if (match(Kind.OP, "**")) {
      keys.add(null);
      values.add(bitOr());
    } else {
      Expr first = starredOr(this::test);
      if (!match(Kind.OP, ":")) {
        if (check(Kind.NAME, "for")) {
          return comprehension("set", first, null, open, "}");
        }
        return new Expr.SetExpr(displayItems(first, "}", this::test), open.line(), open.col());
      }
      Expr v = test();
      if (check(Kind.NAME, "for")) {
        return comprehension("dict", first, v, open, "}");
      }
      keys.add(first);
      values.add(v);
    }
    while (match(Kind.OP, ",")) {
      if (check(Kind.OP, "}")) {
        break;
      }
      if (match(Kind.OP, "**")) {
        keys.add(null);
        values.add(bitOr());
      } else {
        keys.add(test());
        consume(Kind.OP, ":", "expected ':'");
        values.add(test());
      }
    }
    consume(Kind.OP, "}", "expected '}'");
    return new Expr.DictExpr(keys, values, open.line(), open.col());
  }
}
