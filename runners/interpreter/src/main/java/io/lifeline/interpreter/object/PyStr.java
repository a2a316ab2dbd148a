package io.lifeline.interpreter.object;

/** A str. Not a container: never GC-tracked. */
public final class PyStr extends PyObject {
  public final String value;

  public PyStr(PyType type, String value) {
    super(type);
    this.value = value;
  }

  @Override
  public String toString() {
    return value;
  }

  /** str.__repr__: single quotes unless the text contains one and no double quote. */
  public static String repr(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c == q) {
            sb.append('\\').append(c);
          } else if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append(q).toString();
  }
}
