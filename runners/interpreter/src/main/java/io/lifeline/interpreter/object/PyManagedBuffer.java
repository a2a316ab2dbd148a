package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * A memoryview's managed buffer (Objects/memoryobject.c's _PyManagedBufferObject): the exporter's buffer, shared by
 * a memoryview and every view sliced from it. It owns a reference to the exporter ({@code master.obj}) while the
 * buffer is held; the export it took on a bytearray (ob_exports) and that reference are given back by mbuf_release,
 * when the last registered view is released or the managed buffer dies, whichever comes first.
 */
public final class PyManagedBuffer extends PyContainer {
  /** The exporter (bytes or bytearray); null once released. */
  public PyObject obj;
  /** Views registered with this buffer and not released (mbuf->exports). */
  public int exports;

  public PyManagedBuffer(PyType type, PyObject obj) {
    super(type);
    this.obj = obj;
    if (obj instanceof PyByteArray ba) {
      ba.exports++;
    }
  }

  /** mbuf_release: PyBuffer_Release gives back the bytearray's export, then the exporter's reference. */
  public void release(Heap heap) {
    PyObject o = obj;
    if (o == null) {
      return;
    }
    if (o instanceof PyByteArray ba) {
      ba.exports--;
    }
    obj = null;
    heap.decref(o);
  }

  @Override
  protected void fields(Refs refs) {
    obj = refs.field(obj);
  }

  /** mbuf_clear and mbuf_dealloc both release the buffer. */
  @Override
  public void clear(Heap heap) {
    release(heap);
  }
}
