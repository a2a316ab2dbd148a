package io.lifeline.fuzz;

import java.util.List;

/**
 * A statement of a generated program. Compound statements other than {@code try} are a {@link Block}: a header
 * line (decorators on lines of their own above it) and a body; an empty body prints as {@code pass}.
 */
public sealed interface Stmt {

  record ExprStmt(Expr value) implements Stmt {}

  /** {@code target = value}; the target is source text ({@code x}, {@code h.p}, {@code b.gen}). */
  record Assign(String target, Expr value) implements Stmt {}

  /** {@code del target}. */
  record Del(String target) implements Stmt {}

  /** {@code return value} ({@code return} when value is null). */
  record Return(Expr value) implements Stmt {}

  /** {@code raise exc from cause}; either may be null. */
  record Raise(Expr exc, Expr cause) implements Stmt {}

  record Pass() implements Stmt {}

  /** {@code global names} or {@code nonlocal names}. */
  record Decl(String keyword, List<String> names) implements Stmt {
    public Decl {
      names = List.copyOf(names);
    }
  }

  /** {@code header:} then the body, one level deeper. */
  record Block(Kind kind, List<String> decorators, String header, List<Stmt> body) implements Stmt {
    /** What the block is; the shrinker may replace a WITH, IF or FOR block by its body, never a DEF or CLASS. */
    public enum Kind { DEF, CLASS, WITH, FOR, IF }

    public Block {
      decorators = List.copyOf(decorators);
      body = List.copyOf(body);
    }

    public Block withBody(List<Stmt> newBody) {
      return new Block(kind, decorators, header, newBody);
    }
  }

  /** {@code try} with handlers and an optional {@code finally} (empty list: none). */
  record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> finallyBody) implements Stmt {
    public Try {
      body = List.copyOf(body);
      handlers = List.copyOf(handlers);
      finallyBody = List.copyOf(finallyBody);
    }
  }

  /** {@code except type as name:}; {@code type} null is a bare except, {@code name} null has no {@code as}. */
  record Handler(String type, String name, List<Stmt> body) {
    public Handler {
      body = List.copyOf(body);
    }
  }

  static Stmt expr(Expr e) {
    return new ExprStmt(e);
  }

  static Stmt assign(String target, Expr value) {
    return new Assign(target, value);
  }

  static Stmt event(String... parts) {
    Expr[] args = new Expr[parts.length];
    for (int i = 0; i < parts.length; i++) {
      args[i] = Expr.str(parts[i]);
    }
    return expr(Expr.call("event", args));
  }

  static Block def(String header, List<Stmt> body) {
    return new Block(Block.Kind.DEF, List.of(), header, body);
  }
}
