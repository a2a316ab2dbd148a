package io.lifeline.interpreter.compiler;

import java.util.List;

/**
 * Splits an f-string body into constant parts and {@code {expr!r:spec}} replacement fields; a spec may hold
 * nested fields, and {@code {expr=}} adds the expression's text before its value.
 */
final class FStrings {
  private FStrings() {}

  /** The index of the ':' that starts the format spec (outside brackets and strings), or -1. */
  private static int topLevelColon(String field) {
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ':' && depth == 0 && !field.substring(0, i).contains("lambda")) {
        return i;
      }
    }
    return -1;
  }

  /** A format spec: a constant, or the parts of one with nested replacement fields ({@code {x:{w}.{p}f}}). */
  private static Expr spec(String text, int line, int col) {
    if (!text.contains("{")) {
      return new Expr.Constant(text, line, col);
    }
    List<Expr> parts = new java.util.ArrayList<>();
    parse(text, line, col, parts);
    return new Expr.JoinedStr(parts, line, col);
  }

  /** Whether a replacement field is {@code expr=} (ending in a lone '=', not ==, !=, <= or >=). */
  private static boolean isSelfDocumenting(String field) {
    String t = field.stripTrailing();
    if (!t.endsWith("=") || t.length() < 2) {
      return false;
    }
    char before = t.charAt(t.length() - 2);
    return before != '=' && before != '!' && before != '<' && before != '>';
  }

  static void parse(String body, int line, int col, List<Expr> out) {
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '{' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
        lit.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < body.length() && body.charAt(i + 1) == '}') {
        lit.append('}');
        i += 2;
      } else if (c == '{') {
        int depth = 1;
        int j = i + 1;
        while (j < body.length() && depth > 0) {
          char d = body.charAt(j);
          if (d == '{' || d == '[' || d == '(') {
            depth++;
          } else if (d == '}' || d == ']' || d == ')') {
            depth--;
          }
          if (depth > 0) {
            j++;
          }
        }
        if (j >= body.length()) {
          throw new PySyntaxError("f-string: expecting '}'", line, col);
        }
        String field = body.substring(i + 1, j);
        Expr spec = null;
        int colon = topLevelColon(field);
        if (colon >= 0) {
          spec = spec(field.substring(colon + 1), line, col);
          field = field.substring(0, colon);
        }
        int conversion = -1;
        int bang = field.lastIndexOf('!');
        if (bang > 0 && bang == field.length() - 2 && field.charAt(bang + 1) != '=') {
          conversion = field.charAt(bang + 1);
          field = field.substring(0, bang);
        }
        String expression = field;
        if (isSelfDocumenting(field)) {
          // f"{expr=}": the text as written, then the value (repr unless a conversion or a spec is given).
          lit.append(field);
          expression = field.substring(0, field.lastIndexOf('='));
          if (conversion == -1 && spec == null) {
            conversion = 'r';
          }
        }
        if (lit.length() > 0) {
          out.add(new Expr.Constant(lit.toString(), line, col));
          lit.setLength(0);
        }
        Expr e = new Parser(new Scanner("(" + expression.strip() + ")").scan()).module().stream()
            .map(s -> ((Stmt.ExprStmt) s).value()).findFirst()
            .orElseThrow(() -> new PySyntaxError("f-string: empty expression not allowed", line, col));
        out.add(new Expr.FormattedValue(e, conversion, spec, line, col));
        i = j + 1;
      } else if (c == '}') {
        throw new PySyntaxError("f-string: single '}' is not allowed", line, col);
      } else {
        lit.append(c);
        i++;
      }
    }
    if (lit.length() > 0) {
      out.add(new Expr.Constant(lit.toString(), line, col));
    }
  }
}
