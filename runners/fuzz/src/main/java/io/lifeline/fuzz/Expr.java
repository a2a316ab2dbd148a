package io.lifeline.fuzz;

import java.util.List;

/**
 * An expression of a generated program. Small on purpose: what the shrinker can simplify is a node
 * ({@link Call} arguments, list items, attribute bases); what it need not look into is {@link Raw} text.
 */
public sealed interface Expr {

  /** A name: {@code x}, {@code gc}. */
  record Name(String id) implements Expr {}

  /** A literal, as Python source: {@code None}, {@code 1}, {@code 'o3'}. */
  record Const(String literal) implements Expr {}

  /** {@code value.name}. */
  record Attr(Expr value, String name) implements Expr {}

  /** {@code fn(args)}. */
  record Call(Expr fn, List<Arg> args) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** {@code [items]}. */
  record ListOf(List<Expr> items) implements Expr {
    public ListOf {
      items = List.copyOf(items);
    }
  }

  /** {@code (items,)}. */
  record TupleOf(List<Expr> items) implements Expr {
    public TupleOf {
      items = List.copyOf(items);
    }
  }

  /** {@code await value}. */
  record Await(Expr value) implements Expr {}

  /** {@code yield value} ({@code yield} when value is null); only as a statement or an assignment's value. */
  record Yield(Expr value) implements Expr {}

  /** Source text taken as is (a lambda, a comprehension): the shrinker only replaces it whole. */
  record Raw(String text) implements Expr {}

  /** A call argument. {@code keyword} is set for KEYWORD only. */
  record Arg(Kind kind, String keyword, Expr value) {
    public enum Kind { POSITIONAL, KEYWORD, STAR }

    public static Arg pos(Expr value) {
      return new Arg(Kind.POSITIONAL, null, value);
    }

    public Arg with(Expr newValue) {
      return new Arg(kind, keyword, newValue);
    }
  }

  static Expr name(String id) {
    return new Name(id);
  }

  static Expr str(String s) {
    return new Const("'" + s + "'");
  }

  static Expr none() {
    return new Const("None");
  }

  static Expr call(String fn, Expr... args) {
    return new Call(dotted(fn), java.util.Arrays.stream(args).map(Arg::pos).toList());
  }

  /** {@code a.b.c} as nested attributes. */
  static Expr dotted(String path) {
    String[] parts = path.split("\\.");
    Expr e = new Name(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      e = new Attr(e, parts[i]);
    }
    return e;
  }
}
