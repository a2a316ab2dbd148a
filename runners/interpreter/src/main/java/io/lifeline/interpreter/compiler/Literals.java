package io.lifeline.interpreter.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Number and string literal tokens to constants: int literals in any base (a long when they fit in 64 bits, else
 * a BigInteger), floats, adjacent string literals concatenated, bytes literals, f-strings as JoinedStr.
 */
final class Literals {
  private Literals() {}

  static Object number(Token t) {
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
  static Expr strings(List<Token> parts) {
    Token first = parts.get(0);
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
}
