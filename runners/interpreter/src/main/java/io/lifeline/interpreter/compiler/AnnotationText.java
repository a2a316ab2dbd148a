package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.compiler.Token.Kind;
import io.lifeline.interpreter.object.PyStr;
import java.util.List;
import java.util.Set;

/**
 * The text of an annotation kept as a string under {@code from __future__ import annotations} (PEP 563): the
 * annotation's tokens written back the way CPython's compiler unparses an expression (Python/ast_unparse.c), for the
 * forms annotations take: names, attributes, subscripts, calls, {@code |}, string literals by their repr, a space
 * after each comma and around operators, none inside brackets.
 */
final class AnnotationText {
  private AnnotationText() {}

  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", ".", "~");
  private static final Set<String> NO_SPACE_BEFORE = Set.of(")", "]", ",", ".", ":");

  static String of(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    Token prev = null;
    for (Token t : tokens) {
      if (prev != null && spaced(prev, t)) {
        sb.append(' ');
      }
      sb.append(text(t));
      prev = t;
    }
    return sb.toString();
  }

  private static boolean spaced(Token prev, Token t) {
    if (prev.kind() == Kind.OP && NO_SPACE_AFTER.contains(prev.text())) {
      return false;
    }
    if (t.kind() == Kind.OP && NO_SPACE_BEFORE.contains(t.text())) {
      return false;
    }
    boolean opens = t.isOp("(") || t.isOp("[");
    return !(opens && (prev.kind() != Kind.OP || prev.isOp(")") || prev.isOp("]")));
  }

  /** A token's text; a plain string literal is its value's repr (adjacent literals were already one in the AST). */
  private static String text(Token t) {
    if (t.kind() != Kind.STRING) {
      return t.text();
    }
    int quote = t.text().indexOf('"');
    String prefix = t.text().substring(0, quote);
    return prefix.isEmpty() || prefix.equalsIgnoreCase("r") ? PyStr.repr(t.text().substring(quote + 1))
        : t.text();
  }
}
