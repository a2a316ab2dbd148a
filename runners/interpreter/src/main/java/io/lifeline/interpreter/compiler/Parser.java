package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.compiler.Token.Kind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tokens to AST by recursive descent over Python's grammar, one method per rule. Constructs outside the
 * supported subset are {@link PySyntaxError}s naming the construct.
 */
public final class Parser {
  private static final Set<String> COMPARE_OPS = Set.of("<", ">", "==", ">=", "<=", "!=");
  private static final Set<String> AUG_OPS =
      Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=");

  private final List<Token> tokens;
  private int current;

  public Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  public static List<Stmt> parse(String source) {
    return new Parser(new Scanner(source).scan()).module();
  }

  public List<Stmt> module() {
    List<Stmt> body = new ArrayList<>();
    while (!check(Kind.EOF)) {
      if (match(Kind.NEWLINE)) {
        continue;
      }
      body.addAll(statement());
    }
    return body;
  }

  // ---------------------------------------------------------------- Statements

  private List<Stmt> statement() {
    Token t = peek();
    if (t.kind() == Kind.NAME) {
      switch (t.text()) {
        case "if": return List.of(ifStmt());
        case "while": return List.of(whileStmt());
        case "for": return List.of(forStmt(false));
        case "def": return List.of(funcDef(List.of(), false));
        case "class": return List.of(classDef(List.of()));
        case "try": return List.of(tryStmt());
        case "with": return List.of(withStmt(false));
        case "async": return List.of(asyncStmt());
        case "match":
          if (peekAt(1).kind() == Kind.NAME || peekAt(1).kind() == Kind.NUMBER) {
            throw PySyntaxError.unsupported("match statement", t.line(), t.col());
          }
          break;
        default:
          break;
      }
    }
    if (t.isOp("@")) {
      return List.of(decorated());
    }
    return simpleStatements();
  }

  private List<Stmt> simpleStatements() {
    List<Stmt> out = new ArrayList<>();
    out.addAll(smallStatement());
    while (match(Kind.OP, ";")) {
      if (check(Kind.NEWLINE)) {
        break;
      }
      out.addAll(smallStatement());
    }
    consume(Kind.NEWLINE, "expected end of line");
    return out;
  }

  private List<Stmt> smallStatement() {
    Token t = peek();
    if (t.kind() == Kind.NAME) {
      switch (t.text()) {
        case "pass": advance(); return List.of(new Stmt.Pass(t.line(), t.col()));
        case "break": advance(); return List.of(new Stmt.Break(t.line(), t.col()));
        case "continue": advance(); return List.of(new Stmt.Continue(t.line(), t.col()));
        case "return": {
          advance();
          Expr v = atStatementEnd() ? null : exprListStar();
          return List.of(new Stmt.Return(v, t.line(), t.col()));
        }
        case "raise": {
          advance();
          Expr exc = null;
          Expr cause = null;
          if (!atStatementEnd()) {
            exc = test();
            if (matchKeyword("from")) {
              cause = test();
            }
          }
          return List.of(new Stmt.Raise(exc, cause, t.line(), t.col()));
        }
        case "global": case "nonlocal": {
          advance();
          List<String> names = new ArrayList<>();
          do {
            names.add(name());
          } while (match(Kind.OP, ","));
          return List.of(t.text().equals("global") ? new Stmt.Global(names, t.line(), t.col())
              : new Stmt.Nonlocal(names, t.line(), t.col()));
        }
        case "del": {
          advance();
          List<Expr> targets = new ArrayList<>();
          do {
            targets.add(bitOr());
          } while (match(Kind.OP, ",") && !atStatementEnd());
          return List.of(new Stmt.Delete(targets, t.line(), t.col()));
        }
        case "assert": {
          advance();
          Expr test = test();
          Expr msg = match(Kind.OP, ",") ? test() : null;
          return List.of(new Stmt.Assert(test, msg, t.line(), t.col()));
        }
        case "yield": {
          Expr y = yieldExpr();
          return List.of(new Stmt.ExprStmt(y, t.line(), t.col()));
        }
        case "import": return importStmt();
        case "from": return List.of(fromImport());
        default: break;
      }
    }
    return List.of(exprStatement());
  }

  private boolean atStatementEnd() {
    return check(Kind.NEWLINE) || check(Kind.OP, ";") || check(Kind.EOF);
  }

  private Stmt exprStatement() {
    Token t = peek();
    Expr first = exprListStar();
    if (peek().kind() == Kind.OP && AUG_OPS.contains(peek().text())) {
      String op = advance().text();
      checkTarget(first);
      Expr value = check(Kind.NAME, "yield") ? yieldExpr() : exprListStar();
      return new Stmt.AugAssign(first, op.substring(0, op.length() - 1), value, t.line(), t.col());
    }
    if (check(Kind.OP, ":")) {
      throw PySyntaxError.unsupported("annotated assignment", t.line(), t.col());
    }
    if (!check(Kind.OP, "=")) {
      return new Stmt.ExprStmt(first, t.line(), t.col());
    }
    List<Expr> targets = new ArrayList<>();
    Expr value = first;
    while (match(Kind.OP, "=")) {
      checkTarget(value);
      targets.add(value);
      value = check(Kind.NAME, "yield") ? yieldExpr() : exprListStar();
    }
    return new Stmt.Assign(targets, value, t.line(), t.col());
  }

  private void checkTarget(Expr e) {
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

  private List<Stmt> importStmt() {
    Token t = advance();
    List<Stmt> out = new ArrayList<>();
    do {
      String mod = dottedName();
      String as = matchKeyword("as") ? name() : null;
      out.add(new Stmt.Import(mod, as, t.line(), t.col()));
    } while (match(Kind.OP, ","));
    return out;
  }

  private Stmt fromImport() {
    Token t = advance();
    if (check(Kind.OP, ".")) {
      throw PySyntaxError.unsupported("relative import", t.line(), t.col());
    }
    String mod = dottedName();
    expectKeyword("import");
    List<String> names = new ArrayList<>();
    List<String> as = new ArrayList<>();
    boolean paren = match(Kind.OP, "(");
    if (check(Kind.OP, "*")) {
      throw PySyntaxError.unsupported("import *", t.line(), t.col());
    }
    do {
      if (paren && check(Kind.OP, ")")) {
        break;
      }
      names.add(name());
      as.add(matchKeyword("as") ? name() : null);
    } while (match(Kind.OP, ","));
    if (paren) {
      consume(Kind.OP, ")", "expected ')'");
    }
    return new Stmt.ImportFrom(mod, names, as, t.line(), t.col());
  }

  private String dottedName() {
    StringBuilder sb = new StringBuilder(name());
    while (match(Kind.OP, ".")) {
      sb.append('.').append(name());
    }
    return sb.toString();
  }

  private Stmt ifStmt() {
    Token t = advance();
    Expr test = namedTest();
    List<Stmt> body = block();
    List<Stmt> orelse = List.of();
    if (check(Kind.NAME, "elif")) {
      orelse = List.of(ifStmt());
    } else if (matchKeyword("else")) {
      orelse = block();
    }
    return new Stmt.If(test, body, orelse, t.line(), t.col());
  }

  private Stmt whileStmt() {
    Token t = advance();
    Expr test = namedTest();
    List<Stmt> body = block();
    List<Stmt> orelse = matchKeyword("else") ? block() : List.of();
    return new Stmt.While(test, body, orelse, t.line(), t.col());
  }

  private Stmt forStmt(boolean isAsync) {
    Token t = advance();
    Expr target = targetList();
    expectKeyword("in");
    Expr iter = exprListStar();
    List<Stmt> body = block();
    List<Stmt> orelse = matchKeyword("else") ? block() : List.of();
    return new Stmt.For(target, iter, body, orelse, isAsync, t.line(), t.col());
  }

  private Expr targetList() {
    Token t = peek();
    List<Expr> elts = new ArrayList<>();
    boolean comma = false;
    do {
      if (check(Kind.NAME, "in")) {
        break;
      }
      elts.add(check(Kind.OP, "*") ? starred() : bitOr());
      if (!check(Kind.OP, ",")) {
        break;
      }
      comma = true;
    } while (match(Kind.OP, ","));
    Expr target = elts.size() == 1 && !comma ? elts.get(0) : new Expr.TupleExpr(elts, t.line(), t.col());
    checkTarget(target);
    return target;
  }

  private Stmt asyncStmt() {
    Token t = advance();
    if (check(Kind.NAME, "def")) {
      return funcDef(List.of(), true);
    }
    if (check(Kind.NAME, "for")) {
      throw PySyntaxError.unsupported("async for", t.line(), t.col());
    }
    if (check(Kind.NAME, "with")) {
      throw PySyntaxError.unsupported("async with", t.line(), t.col());
    }
    throw error(peek(), "invalid syntax");
  }

  private Stmt decorated() {
    List<Expr> decorators = new ArrayList<>();
    while (match(Kind.OP, "@")) {
      decorators.add(namedTest());
      consume(Kind.NEWLINE, "expected newline after decorator");
    }
    if (check(Kind.NAME, "def")) {
      return funcDef(decorators, false);
    }
    if (check(Kind.NAME, "async")) {
      advance();
      return funcDef(decorators, true);
    }
    if (check(Kind.NAME, "class")) {
      return classDef(decorators);
    }
    throw error(peek(), "invalid syntax");
  }

  private Stmt funcDef(List<Expr> decorators, boolean isAsync) {
    Token t = advance();
    String name = name();
    consume(Kind.OP, "(", "expected '('");
    Expr.Params params = params(")");
    consume(Kind.OP, ")", "expected ')'");
    if (match(Kind.OP, "->")) {
      throw PySyntaxError.unsupported("return annotation", t.line(), t.col());
    }
    List<Stmt> body = block();
    return new Stmt.FunctionDef(name, params, body, decorators, isAsync, t.line(), t.col());
  }

  /** Parameter list up to {@code close} (")" for def, ":" for lambda). */
  private Expr.Params params(String close) {
    List<String> posonly = new ArrayList<>();
    List<String> args = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    String vararg = null;
    List<String> kwonly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    String kwarg = null;
    boolean star = false;
    while (!check(Kind.OP, close)) {
      Token t = peek();
      if (match(Kind.OP, "/")) {
        // The call binding has no positional-only check; accepting "/" would bind such parameters by keyword.
        throw PySyntaxError.unsupported("positional-only parameters (/)", t.line(), t.col());
      } else if (match(Kind.OP, "**")) {
        kwarg = name();
      } else if (match(Kind.OP, "*")) {
        star = true;
        if (check(Kind.NAME)) {
          vararg = name();
        }
      } else {
        String n = name();
        if (check(Kind.OP, ":") && close.equals(")")) {
          throw PySyntaxError.unsupported("parameter annotation", t.line(), t.col());
        }
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
    return new Expr.Params(posonly, args, defaults, vararg, kwonly, kwDefaults, kwarg);
  }

  private Stmt classDef(List<Expr> decorators) {
    Token t = advance();
    String name = name();
    List<Expr> bases = new ArrayList<>();
    Expr metaclass = null;
    if (match(Kind.OP, "(")) {
      while (!check(Kind.OP, ")")) {
        Token b = peek();
        if (check(Kind.NAME) && peekAt(1).isOp("=")) {
          if (!b.text().equals("metaclass")) {
            throw PySyntaxError.unsupported("class keyword argument '" + b.text() + "'", b.line(), b.col());
          }
          advance();
          advance();
          metaclass = test();
          if (!match(Kind.OP, ",")) {
            break;
          }
          continue;
        }
        bases.add(test());
        if (!match(Kind.OP, ",")) {
          break;
        }
      }
      consume(Kind.OP, ")", "expected ')'");
    }
    List<Stmt> body = block();
    return new Stmt.ClassDef(name, bases, metaclass, body, decorators, t.line(), t.col());
  }

  private Stmt tryStmt() {
    Token t = advance();
    List<Stmt> body = block();
    List<Stmt.Handler> handlers = new ArrayList<>();
    while (check(Kind.NAME, "except")) {
      Token h = advance();
      if (check(Kind.OP, "*")) {
        throw PySyntaxError.unsupported("except*", h.line(), h.col());
      }
      Expr type = null;
      String name = null;
      if (!check(Kind.OP, ":")) {
        type = test();
        if (match(Kind.OP, ",")) {
          List<Expr> elts = new ArrayList<>(List.of(type));
          do {
            elts.add(test());
          } while (match(Kind.OP, ","));
          type = new Expr.TupleExpr(elts, type.line(), type.col());
        }
        if (matchKeyword("as")) {
          name = name();
        }
      }
      handlers.add(new Stmt.Handler(type, name, block(), h.line(), h.col()));
    }
    List<Stmt> orelse = List.of();
    if (!handlers.isEmpty() && matchKeyword("else")) {
      orelse = block();
    }
    List<Stmt> finalbody = List.of();
    if (matchKeyword("finally")) {
      finalbody = block();
    }
    if (handlers.isEmpty() && finalbody.isEmpty()) {
      throw error(peek(), "expected 'except' or 'finally' block");
    }
    return new Stmt.Try(body, handlers, orelse, finalbody, t.line(), t.col());
  }

  private Stmt withStmt(boolean isAsync) {
    Token t = advance();
    List<Stmt.WithItem> items = new ArrayList<>();
    do {
      Expr ctx = test();
      Expr target = null;
      if (matchKeyword("as")) {
        target = bitOr();
        checkTarget(target);
      }
      items.add(new Stmt.WithItem(ctx, target));
    } while (match(Kind.OP, ","));
    List<Stmt> body = block();
    return new Stmt.With(items, body, isAsync, t.line(), t.col());
  }

  private List<Stmt> block() {
    consume(Kind.OP, ":", "expected ':'");
    if (!match(Kind.NEWLINE)) {
      return simpleStatements();
    }
    consume(Kind.INDENT, "expected an indented block");
    List<Stmt> body = new ArrayList<>();
    while (!check(Kind.DEDENT) && !check(Kind.EOF)) {
      body.addAll(statement());
    }
    match(Kind.DEDENT);
    return body;
  }

  // ---------------------------------------------------------------- Expressions

  /** An expression list that may contain starred items; a bare tuple if it has a comma. */
  private Expr exprListStar() {
    Token t = peek();
    Expr first = check(Kind.OP, "*") ? starred() : test();
    if (!check(Kind.OP, ",")) {
      return first;
    }
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (match(Kind.OP, ",")) {
      if (atStatementEnd() || check(Kind.OP, "=") || check(Kind.OP, ")") || AUG_OPS.contains(peek().text())) {
        break;
      }
      elts.add(check(Kind.OP, "*") ? starred() : test());
    }
    return new Expr.TupleExpr(elts, t.line(), t.col());
  }

  private Expr starred() {
    Token t = advance();
    return new Expr.Starred(bitOr(), t.line(), t.col());
  }

  private Expr namedTest() {
    Expr e = test();
    if (check(Kind.OP, ":=")) {
      throw PySyntaxError.unsupported("assignment expression (:=)", peek().line(), peek().col());
    }
    return e;
  }

  private Expr test() {
    if (check(Kind.NAME, "lambda")) {
      return lambda();
    }
    Expr body = orTest();
    if (check(Kind.NAME, "if") ) {
      Token t = advance();
      Expr cond = orTest();
      expectKeyword("else");
      Expr orelse = test();
      return new Expr.IfExp(cond, body, orelse, body.line(), body.col());
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
    return new Expr.Lambda(params, test(), t.line(), t.col());
  }

  private Expr orTest() {
    Expr left = andTest();
    if (!check(Kind.NAME, "or")) {
      return left;
    }
    List<Expr> values = new ArrayList<>(List.of(left));
    while (matchKeyword("or")) {
      values.add(andTest());
    }
    return new Expr.BoolOp("or", values, left.line(), left.col());
  }

  private Expr andTest() {
    Expr left = notTest();
    if (!check(Kind.NAME, "and")) {
      return left;
    }
    List<Expr> values = new ArrayList<>(List.of(left));
    while (matchKeyword("and")) {
      values.add(notTest());
    }
    return new Expr.BoolOp("and", values, left.line(), left.col());
  }

  private Expr notTest() {
    if (check(Kind.NAME, "not")) {
      Token t = advance();
      return new Expr.UnaryOp("not", notTest(), t.line(), t.col());
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
    return ops.isEmpty() ? left : new Expr.Compare(left, ops, comps, left.line(), left.col());
  }

  private Expr bitOr() {
    Expr e = bitXor();
    while (check(Kind.OP, "|")) {
      Token t = advance();
      e = binOp(e, "|", bitXor(), e.line(), e.col());
    }
    return e;
  }

  private Expr bitXor() {
    Expr e = bitAnd();
    while (check(Kind.OP, "^")) {
      advance();
      e = binOp(e, "^", bitAnd(), e.line(), e.col());
    }
    return e;
  }

  private Expr bitAnd() {
    Expr e = shift();
    while (check(Kind.OP, "&")) {
      advance();
      e = binOp(e, "&", shift(), e.line(), e.col());
    }
    return e;
  }

  private Expr shift() {
    Expr e = arith();
    while (check(Kind.OP, "<<") || check(Kind.OP, ">>")) {
      String op = advance().text();
      e = binOp(e, op, arith(), e.line(), e.col());
    }
    return e;
  }

  private Expr arith() {
    Expr e = term();
    while (check(Kind.OP, "+") || check(Kind.OP, "-")) {
      String op = advance().text();
      e = binOp(e, op, term(), e.line(), e.col());
    }
    return e;
  }

  private Expr term() {
    Expr e = factor();
    while (check(Kind.OP, "*") || check(Kind.OP, "/") || check(Kind.OP, "//") || check(Kind.OP, "%")
        || check(Kind.OP, "@")) {
      Token t = advance();
      if (t.text().equals("@")) {
        throw PySyntaxError.unsupported("matrix multiplication (@)", t.line(), t.col());
      }
      e = binOp(e, t.text(), factor(), e.line(), e.col());
    }
    return e;
  }

  private Expr factor() {
    if (check(Kind.OP, "-") || check(Kind.OP, "+") || check(Kind.OP, "~")) {
      Token t = advance();
      Expr operand = factor();
      Object folded = foldUnary(t.text(), operand);
      if (folded != null) {
        return new Expr.Constant(folded, t.line(), t.col());
      }
      return new Expr.UnaryOp(t.text(), operand, t.line(), t.col());
    }
    return power();
  }

  /** A BinOp node, or the constant ast_opt's fold_binop makes of it. */
  private static Expr binOp(Expr left, String op, Expr right, int line, int col) {
    if (left instanceof Expr.Constant l && right instanceof Expr.Constant r && l.value() != null
        && r.value() != null) {
      Object folded = ConstantFolder.fold(l.value(), op, r.value());
      if (folded != null) {
        return new Expr.Constant(folded, line, col);
      }
    }
    return new Expr.BinOp(left, op, right, line, col);
  }

  /** ast_opt's fold_unaryop for numeric literals: -5 is the constant -5, as in CPython. */
  private static Object foldUnary(String op, Expr operand) {
    if (!(operand instanceof Expr.Constant c) || c.value() instanceof Boolean) {
      return null;
    }
    Object v = c.value();
    if (v instanceof Long l) {
      return switch (op) {
        case "-" -> l == Long.MIN_VALUE ? (Object) BigInteger.valueOf(l).negate() : (Object) (-l);
        case "+" -> l;
        default -> ~l;
      };
    }
    if (v instanceof BigInteger b) {
      BigInteger r = switch (op) {
        case "-" -> b.negate();
        case "+" -> b;
        default -> b.not();
      };
      return r.bitLength() < 64 ? (Object) r.longValue() : r;
    }
    if (v instanceof Double d && !op.equals("~")) {
      return op.equals("-") ? -d : d;
    }
    return null;
  }

  private Expr power() {
    Expr base;
    if (check(Kind.NAME, "await")) {
      Token t = advance();
      base = new Expr.Await(atomExpr(), t.line(), t.col());
    } else {
      base = atomExpr();
    }
    if (check(Kind.OP, "**")) {
      advance();
      return binOp(base, "**", factor(), base.line(), base.col());
    }
    return base;
  }

  private Expr atomExpr() {
    Expr e = atom();
    while (true) {
      Token t = peek();
      if (match(Kind.OP, "(")) {
        e = call(e, t);
      } else if (match(Kind.OP, "[")) {
        Expr index = subscript();
        consume(Kind.OP, "]", "expected ']'");
        e = new Expr.Subscript(e, index, e.line(), e.col());
      } else if (match(Kind.OP, ".")) {
        e = new Expr.Attribute(e, name(), e.line(), e.col());
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
    return new Expr.TupleExpr(elts, t.line(), t.col());
  }

  /** An index or a slice {@code [lower]:[upper][:[step]]}. */
  private Expr sliceItem() {
    Token t = peek();
    Expr lower = check(Kind.OP, ":") ? null : test();
    if (!match(Kind.OP, ":")) {
      return lower;
    }
    Expr upper = check(Kind.OP, ":") || check(Kind.OP, "]") || check(Kind.OP, ",") ? null : test();
    Expr step = null;
    if (match(Kind.OP, ":") && !check(Kind.OP, "]") && !check(Kind.OP, ",")) {
      step = test();
    }
    return new Expr.Slice(lower, upper, step, t.line(), t.col());
  }

  private Expr call(Expr func, Token open) {
    List<Expr> args = new ArrayList<>();
    List<Expr.Keyword> keywords = new ArrayList<>();
    while (!check(Kind.OP, ")")) {
      Token t = peek();
      if (match(Kind.OP, "**")) {
        keywords.add(new Expr.Keyword(null, test()));
      } else if (check(Kind.OP, "*")) {
        args.add(starred());
      } else if (t.kind() == Kind.NAME && peekAt(1).isOp("=")) {
        String n = name();
        advance();
        keywords.add(new Expr.Keyword(n, test()));
      } else {
        Expr a = namedTest();
        if (check(Kind.NAME, "for") || check(Kind.NAME, "async")) {
          a = new Expr.Comp("gen", a, null, comprehensionClauses(), a.line(), a.col());
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
    return new Expr.Call(func, args, keywords, func.line(), func.col());
  }

  private List<Expr.Comprehension> comprehensionClauses() {
    List<Expr.Comprehension> gens = new ArrayList<>();
    while (check(Kind.NAME, "for") || check(Kind.NAME, "async")) {
      Token t = advance();
      if (t.text().equals("async")) {
        throw PySyntaxError.unsupported("async comprehension", t.line(), t.col());
      }
      Expr target = targetList();
      expectKeyword("in");
      Expr iter = orTest();
      List<Expr> ifs = new ArrayList<>();
      while (matchKeyword("if")) {
        ifs.add(testNoCond());
      }
      gens.add(new Expr.Comprehension(target, iter, ifs, false));
    }
    return gens;
  }

  private Expr atom() {
    Token t = advance();
    switch (t.kind()) {
      case NUMBER:
        return new Expr.Constant(number(t), t.line(), t.col());
      case STRING:
        return strings(t);
      case NAME:
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
      case OP:
        switch (t.text()) {
          case "(": return parenthesized(t);
          case "[": return listDisplay(t);
          case "{": return dictOrSet(t);
          case "...": throw PySyntaxError.unsupported("Ellipsis", t.line(), t.col());
          default: throw error(t, "invalid syntax");
        }
      default:
        throw error(t, "invalid syntax");
    }
  }

  private static final Set<String> KEYWORDS = Set.of("if", "else", "elif", "while", "for", "in", "not", "and",
      "or", "is", "def", "class", "return", "pass", "break", "continue", "try", "except", "finally", "raise",
      "import", "from", "as", "global", "nonlocal", "del", "assert", "with", "lambda", "async", "await");

  private static boolean isKeyword(String s) {
    return KEYWORDS.contains(s);
  }

  private Object number(Token t) {
    String s = t.text();
    String lower = s.toLowerCase();
    if (lower.startsWith("0x")) {
      return bigOrLong(new BigInteger(s.substring(2), 16));
    }
    if (lower.startsWith("0o")) {
      return bigOrLong(new BigInteger(s.substring(2), 8));
    }
    if (lower.startsWith("0b")) {
      return bigOrLong(new BigInteger(s.substring(2), 2));
    }
    if (s.contains(".") || lower.contains("e")) {
      return Double.parseDouble(s);
    }
    return bigOrLong(new BigInteger(s));
  }

  private static Object bigOrLong(BigInteger b) {
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  /** Adjacent string literals concatenate; any f-string part makes the whole a JoinedStr. */
  private Expr strings(Token first) {
    List<Token> parts = new ArrayList<>(List.of(first));
    while (check(Kind.STRING)) {
      parts.add(advance());
    }
    boolean fstring = false;
    int bytesParts = 0;
    for (Token p : parts) {
      String prefix = p.text().substring(0, p.text().indexOf('"'));
      bytesParts += prefix.contains("b") ? 1 : 0;
      fstring |= prefix.contains("f");
    }
    if (bytesParts > 0) {
      if (bytesParts != parts.size()) {
        throw new PySyntaxError("cannot mix bytes and nonbytes literals", first.line(), first.col());
      }
      StringBuilder sb = new StringBuilder();
      for (Token p : parts) {
        String body = p.text().substring(p.text().indexOf('"') + 1);
        for (int i = 0; i < body.length(); i++) {
          if (body.charAt(i) > 0xFF) {
            throw new PySyntaxError("bytes can only contain ASCII literal characters", p.line(), p.col());
          }
        }
        sb.append(body);
      }
      return new Expr.Constant(new BytesValue(sb.toString()), first.line(), first.col());
    }
    if (!fstring) {
      StringBuilder sb = new StringBuilder();
      for (Token p : parts) {
        sb.append(p.text().substring(p.text().indexOf('"') + 1));
      }
      return new Expr.Constant(sb.toString(), first.line(), first.col());
    }
    List<Expr> values = new ArrayList<>();
    for (Token p : parts) {
      String prefix = p.text().substring(0, p.text().indexOf('"'));
      String body = p.text().substring(p.text().indexOf('"') + 1);
      if (prefix.contains("f")) {
        FStrings.parse(body, p.line(), p.col(), values);
      } else {
        values.add(new Expr.Constant(body, p.line(), p.col()));
      }
    }
    return new Expr.JoinedStr(values, first.line(), first.col());
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
    Expr first = check(Kind.OP, "*") ? starred() : namedTest();
    if (check(Kind.NAME, "for") || check(Kind.NAME, "async")) {
      Expr g = new Expr.Comp("gen", first, null, comprehensionClauses(), open.line(), open.col());
      consume(Kind.OP, ")", "expected ')'");
      return g;
    }
    if (match(Kind.OP, ")")) {
      return first;
    }
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (match(Kind.OP, ",")) {
      if (check(Kind.OP, ")")) {
        break;
      }
      elts.add(check(Kind.OP, "*") ? starred() : namedTest());
    }
    consume(Kind.OP, ")", "expected ')'");
    return new Expr.TupleExpr(elts, open.line(), open.col());
  }

  private Expr yieldExpr() {
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
    List<Expr> elts = new ArrayList<>();
    if (match(Kind.OP, "]")) {
      return new Expr.ListExpr(elts, open.line(), open.col());
    }
    Expr first = check(Kind.OP, "*") ? starred() : namedTest();
    if (check(Kind.NAME, "for") || check(Kind.NAME, "async")) {
      Expr c = new Expr.Comp("list", first, null, comprehensionClauses(), open.line(), open.col());
      consume(Kind.OP, "]", "expected ']'");
      return c;
    }
    elts.add(first);
    while (match(Kind.OP, ",")) {
      if (check(Kind.OP, "]")) {
        break;
      }
      elts.add(check(Kind.OP, "*") ? starred() : namedTest());
    }
    consume(Kind.OP, "]", "expected ']'");
    return new Expr.ListExpr(elts, open.line(), open.col());
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
      Expr first = check(Kind.OP, "*") ? starred() : test();
      if (!match(Kind.OP, ":")) {
        List<Expr> elts = new ArrayList<>(List.of(first));
        if (check(Kind.NAME, "for")) {
          Expr c = new Expr.Comp("set", first, null, comprehensionClauses(), open.line(), open.col());
          consume(Kind.OP, "}", "expected '}'");
          return c;
        }
        while (match(Kind.OP, ",")) {
          if (check(Kind.OP, "}")) {
            break;
          }
          elts.add(check(Kind.OP, "*") ? starred() : test());
        }
        consume(Kind.OP, "}", "expected '}'");
        return new Expr.SetExpr(elts, open.line(), open.col());
      }
      Expr v = test();
      if (check(Kind.NAME, "for")) {
        Expr c = new Expr.Comp("dict", first, v, comprehensionClauses(), open.line(), open.col());
        consume(Kind.OP, "}", "expected '}'");
        return c;
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

  // ---------------------------------------------------------------- Helpers

  private String name() {
    Token t = peek();
    if (t.kind() != Kind.NAME || isKeyword(t.text())) {
      throw error(t, "expected a name");
    }
    advance();
    return t.text();
  }

  private Token peek() {
    return tokens.get(current);
  }

  private Token peekAt(int k) {
    return tokens.get(Math.min(current + k, tokens.size() - 1));
  }

  private Token advance() {
    Token t = tokens.get(current);
    if (t.kind() != Kind.EOF) {
      current++;
    }
    return t;
  }

  private boolean check(Kind k) {
    return peek().kind() == k;
  }

  private boolean check(Kind k, String text) {
    return peek().is(k, text);
  }

  private boolean match(Kind k) {
    if (check(k)) {
      advance();
      return true;
    }
    return false;
  }

  private boolean match(Kind k, String text) {
    if (check(k, text)) {
      advance();
      return true;
    }
    return false;
  }

  private boolean matchKeyword(String kw) {
    return match(Kind.NAME, kw);
  }

  private void expectKeyword(String kw) {
    if (!matchKeyword(kw)) {
      throw error(peek(), "expected '" + kw + "'");
    }
  }

  private Token consume(Kind k, String message) {
    if (!check(k)) {
      throw error(peek(), message);
    }
    return advance();
  }

  private Token consume(Kind k, String text, String message) {
    if (!check(k, text)) {
      throw error(peek(), message);
    }
    return advance();
  }

  private static PySyntaxError error(Token t, String message) {
    return new PySyntaxError(message, t.line(), t.col());
  }
}
