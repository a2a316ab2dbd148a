package io.lifeline.interpreter.object;

/** An immutable bytes object (not a container: never GC-tracked). */
public final class PyBytes extends PyObject {
  public final byte[] value;

  public PyBytes(PyType type, byte[] value) {
    super(type);
    this.value = value;
  }

  /** 33 bytes plus one per byte. */
  @Override
  public long sizeEstimate() {
    return 33L + value.length;
  }

  /** bytes.__repr__: b'...' with \\x escapes for non-printable bytes. */
  public String repr() {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte b : value) {
      hasSingle |= b == '\'';
      hasDouble |= b == '"';
    }
    char q = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder("b").append(q);
    for (byte b : value) {
      int c = b & 0xFF;
      if (c == q || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(q).toString();
  }
}
