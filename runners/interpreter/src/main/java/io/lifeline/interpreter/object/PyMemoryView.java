package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * A {@code memoryview} of bytes or a bytearray (Objects/memoryobject.c, format 'B', one dimension): a window
 * {@code [start, start + length)} on its managed buffer, which it owns a reference to. Releasing it
 * ({@code release()}, leaving a {@code with} block, or its death: memory_dealloc's _memory_release) unregisters it from
 * the managed buffer, which gives the exporter back after its last view; the reference to the managed buffer goes
 * when the view dies.
 */
public final class PyMemoryView extends PyContainer implements Weakrefable {
  public PyManagedBuffer mbuf;
  public final int start;
  public final int length;
  public final boolean readonly;
  public boolean released;

  /** Registers with {@code mbuf} (mbuf_add_view); takes a reference to it. */
  public PyMemoryView(PyType type, PyManagedBuffer mbuf, int start, int length, boolean readonly) {
    super(type);
    this.mbuf = mbuf;
    this.start = start;
    this.length = length;
    this.readonly = readonly;
    mbuf.exports++;
  }

  /** The byte at {@code index} of the view (0 &lt;= index &lt; length). */
  public int get(int index) {
    PyObject o = mbuf.obj;
    return o instanceof PyBytes b ? b.value[start + index] & 0xFF : ((PyByteArray) o).get(start + index);
  }

  public void set(int index, int value) {
    ((PyByteArray) mbuf.obj).set(start + index, value);
  }

  /** A copy of the viewed bytes (memory_tobytes); null once released. */
  public byte[] bytes() {
    if (released || mbuf.obj == null) {
      return null;
    }
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) get(i);
    }
    return out;
  }

  /** _memory_release: unregisters from the managed buffer, which releases the exporter after its last view. */
  public void release(Heap heap) {
    if (released) {
      return;
    }
    released = true;
    if (--mbuf.exports == 0) {
      mbuf.release(heap);
    }
  }

  @Override
  public void traverse(Visitor v) {
    v.visitIfSet(mbuf);
  }

  /** memory_clear and memory_dealloc: released first (_memory_release), then Py_CLEAR of the managed buffer. */
  @Override
  public void clear(Heap heap) {
    PyManagedBuffer m = mbuf;
    if (m == null) {
      return;
    }
    release(heap);
    mbuf = null;
    heap.decref(m);
  }
}
