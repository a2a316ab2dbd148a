package io.lifeline.real;

/** Writes a Java string as a Python string literal that fits on one line and is pure ASCII. */
final class PyLiteral {
  private PyLiteral() {}

  static String of(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> appendCodePoint(sb, cp));
    return sb.append('"').toString();
  }

  private static void appendCodePoint(StringBuilder sb, int cp) {
    switch (cp) {
      case '\\' -> sb.append("\\\\");
      case '"' -> sb.append("\\\"");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      default -> {
        if (cp >= 0x20 && cp < 0x7f) {
          sb.append((char) cp);
        } else if (cp <= 0xffff) {
          sb.append(String.format("\\u%04x", cp));
        } else {
          sb.append(String.format("\\U%08x", cp));
        }
      }
    }
  }
}
