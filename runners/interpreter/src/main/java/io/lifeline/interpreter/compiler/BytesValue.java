package io.lifeline.interpreter.compiler;

/** A bytes literal's value as a Latin-1 string (one char per byte), the form constants are keyed by. */
public record BytesValue(String latin1) {
  public byte[] bytes() {
    return latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
