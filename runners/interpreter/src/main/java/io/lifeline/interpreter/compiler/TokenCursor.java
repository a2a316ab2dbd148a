package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.compiler.Token.Kind;
import java.util.List;
import java.util.Set;

/**
 * The parser's position in the token list and the one-token helpers every grammar rule uses (peek, check, match,
 * consume, advance), kept in one place as in Crafting Interpreters' jlox. The expression and statement parsers
 * extend it so they share one position.
 */
abstract class TokenCursor {
  private static final Set<String> KEYWORDS = Set.of("if", "else", "elif", "while", "for", "in", "not", "and",
      "or", "is", "def", "class", "return", "pass", "break", "continue", "try", "except", "finally", "raise",
      "import", "from", "as", "global", "nonlocal", "del", "assert", "with", "lambda", "async", "await");

  private final List<Token> tokens;
  private int current;

  TokenCursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  static boolean isKeyword(String s) {
    return KEYWORDS.contains(s);
  }

  /** A NAME token that is not a keyword, consumed. */
  final String name() {
    Token t = peek();
    if (t.kind() != Kind.NAME || isKeyword(t.text())) {
      throw error(t, "expected a name");
    }
    advance();
    return t.text();
  }

  /** True at the end of a simple statement: a newline, ';' or the end of input (nothing is consumed). */
  final boolean atStatementEnd() {
    return check(Kind.NEWLINE) || check(Kind.OP, ";") || check(Kind.EOF);
  }

  /** The index of the next token, to read back later the tokens a rule consumed ({@link #tokens(int, int)}). */
  final int position() {
    return current;
  }

  final List<Token> tokens(int from, int to) {
    return tokens.subList(from, to);
  }

  /** Where each node parsed so far ends. */
  final NodeEnds ends = new NodeEnds();

  /** Records {@code node}'s end as the last token consumed that is not a NEWLINE, INDENT or DEDENT; returns it. */
  final <T> T ended(T node) {
    int i = current - 1;
    while (i > 0 && (tokens.get(i).kind() == Kind.NEWLINE || tokens.get(i).kind() == Kind.INDENT
        || tokens.get(i).kind() == Kind.DEDENT)) {
      i--;
    }
    ends.mark(node, i >= 0 ? tokens.get(i) : null);
    return node;
  }

  final Token peek() {
    return tokens.get(current);
  }

  final Token peekAt(int k) {
    return tokens.get(Math.min(current + k, tokens.size() - 1));
  }

  final Token advance() {
    Token t = tokens.get(current);
    if (t.kind() != Kind.EOF) {
      current++;
    }
    return t;
  }

  final boolean check(Kind k) {
    return peek().kind() == k;
  }

  final boolean check(Kind k, String text) {
    return peek().is(k, text);
  }

  final boolean match(Kind k) {
    if (check(k)) {
      advance();
      return true;
    }
    return false;
  }

  final boolean match(Kind k, String text) {
    if (check(k, text)) {
      advance();
      return true;
    }
    return false;
  }

  final boolean matchKeyword(String kw) {
    return match(Kind.NAME, kw);
  }

  final void expectKeyword(String kw) {
    if (!matchKeyword(kw)) {
      throw error(peek(), "expected '" + kw + "'");
    }
  }

  final Token consume(Kind k, String message) {
    if (!check(k)) {
      throw error(peek(), message);
    }
    return advance();
  }

  final Token consume(Kind k, String text, String message) {
    if (!check(k, text)) {
      throw error(peek(), message);
    }
    return advance();
  }

  static PySyntaxError error(Token t, String message) {
    return new PySyntaxError(message, t.line(), t.col());
  }
}
