package io.lifeline.interpreter.object;

import java.util.Arrays;

/**
 * A mutable {@code bytearray} (Objects/bytearrayobject.c): its bytes in a growable buffer. It holds no object (not a
 * container: never GC-tracked), so its lifetime is only its own.
 */
public final class PyByteArray extends PyObject {
  private byte[] buf;
  private int size;
  /** Buffers exported to memoryviews and not yet released (ob_exports): while any is, CPython cannot resize it. */
  public int exports;

  public PyByteArray(PyType type, byte[] value) {
    super(type);
    this.buf = value.clone();
    this.size = value.length;
  }

  /** A copy of the current bytes. */
  public byte[] bytes() {
    return Arrays.copyOf(buf, size);
  }

  public int size() {
    return size;
  }

  public int get(int index) {
    return buf[index] & 0xFF;
  }

  public void set(int index, int value) {
    buf[index] = (byte) value;
  }

  /** Replaces the bytes from {@code lo} (inclusive) to {@code hi} (exclusive) with {@code with}. */
  public void replace(int lo, int hi, byte[] with) {
    byte[] out = new byte[size - (hi - lo) + with.length];
    System.arraycopy(buf, 0, out, 0, lo);
    System.arraycopy(with, 0, out, lo, with.length);
    System.arraycopy(buf, hi, out, lo + with.length, size - hi);
    buf = out;
    size = out.length;
  }

  /** The bytes of a bytes or bytearray object, or null for any other object. */
  public static byte[] bytesLike(PyObject o) {
    if (o instanceof PyBytes b) {
      return b.value;
    }
    if (o instanceof PyMemoryView mv) {
      return mv.bytes();
    }
    return o instanceof PyByteArray ba ? ba.bytes() : null;
  }

  /** bytearray_dealloc frees the buffer: 57 bytes plus the allocation. */
  @Override
  public long sizeEstimate() {
    return 57L + size;
  }
}
