package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.compiler.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens to AST by recursive descent over Python's grammar, one method per rule: this class holds the module and
 * statement rules, {@link ExpressionParser} the expression rules and {@link TokenCursor} the token helpers.
 * Constructs outside the supported subset are {@link PySyntaxError}s naming the construct.
 */
public final class Parser extends ExpressionParser {
  public Parser(List<Token> tokens) {
    super(tokens);
  }

  public static List<Stmt> parse(String source) {
    return new Parser(new Scanner(source).scan()).module();
  }

  /**
   * The expression of eval mode (CPython's eval_input: an expression list, then only newlines), as an expression
   * statement at its position.
   */
  public Stmt.ExprStmt evalInput() {
    Token t = peek();
    Expr e = exprListStar();
    while (match(Kind.NEWLINE)) {
      continue;
    }
    if (!check(Kind.EOF)) {
      throw error(peek(), "invalid syntax");
    }
    return new Stmt.ExprStmt(e, t.line(), t.col());
  }

  /** Where each node parsed so far ends. */
  public NodeEnds nodeEnds() {
    return ends;
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

  /** A statement (one, or a line of simple ones), each with its end recorded in {@link #ends}. */
  private List<Stmt> statement() {
    List<Stmt> out = statementAt();
    if (out.size() == 1) {
      ended(out.get(0));
    }
    return out;
  }

  private List<Stmt> statementAt() {
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
    out.forEach(this::ended);
    while (match(Kind.OP, ";")) {
      if (check(Kind.NEWLINE)) {
        break;
      }
      for (Stmt st : smallStatement()) {
        out.add(ended(st));
      }
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

  private Stmt exprStatement() {
    Token t = peek();
    Expr first = exprListStar();
    if (peek().kind() == Kind.OP && AUG_OPS.contains(peek().text())) {
      String op = advance().text();
      checkTarget(first);
      Expr value = check(Kind.NAME, "yield") ? yieldExpr() : exprListStar();
      return new Stmt.AugAssign(first, op.substring(0, op.length() - 1), value, t.line(), t.col());
    }
    if (match(Kind.OP, ":")) {
      checkTarget(first);
      Expr annotation = annotationExpr();
      Expr value = null;
      if (match(Kind.OP, "=")) {
        value = check(Kind.NAME, "yield") ? yieldExpr() : exprListStar();
      }
      return new Stmt.AnnAssign(first, annotation, value, t.line(), t.col());
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
    stringAnnotations |= mod.equals("__future__") && names.contains("annotations");
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

  private Stmt asyncStmt() {
    Token t = advance();
    if (check(Kind.NAME, "def")) {
      return funcDef(List.of(), true);
    }
    if (check(Kind.NAME, "for")) {
      return forStmt(true);
    }
    if (check(Kind.NAME, "with")) {
      return withStmt(true);
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
      params.annotations().put("return", annotationExpr());
    }
    List<Stmt> body = block();
    return new Stmt.FunctionDef(name, params, body, decorators, isAsync, t.line(), t.col());
  }

  private Stmt classDef(List<Expr> decorators) {
    Token t = advance();
    String name = name();
    List<Expr> bases = new ArrayList<>();
    List<Expr.Keyword> keywords = new ArrayList<>();
    if (match(Kind.OP, "(")) {
      while (!check(Kind.OP, ")")) {
        Token b = peek();
        if (check(Kind.NAME) && peekAt(1).isOp("=")) {
          advance();
          advance();
          keywords.add(new Expr.Keyword(b.text(), test()));
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
    return new Stmt.ClassDef(name, bases, keywords, body, decorators, t.line(), t.col());
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
}
