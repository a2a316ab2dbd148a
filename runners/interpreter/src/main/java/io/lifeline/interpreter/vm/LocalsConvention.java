package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyObject;

/**
 * What frame.f_locals is for a function's frame ({@link Policies.FLocals}), chosen once per interpreter by
 * {@link #of}: up to 3.12 a snapshot dict cached on the frame (refreshed on each read, holding strong references
 * until the next read or the frame's end); 3.13 (PEP 667) a write-through proxy, with no snapshot on the frame.
 */
interface LocalsConvention {
  /** frame.f_locals of {@code fo} (a new reference). */
  PyObject fLocals(Interp in, FrameObjects objects, PyFrameObject fo);

  /** Whether function frames keep a snapshot dict (PyFrame_FastToLocalsWithError). */
  boolean keepsSnapshot();

  /** The convention of a backend's policy. */
  static LocalsConvention of(Policies.FLocals policy) {
    return switch (policy) {
      case SNAPSHOT -> new Snapshot();
      case PROXY -> new Proxy();
    };
  }

  /** SNAPSHOT (up to 3.12): the dict cached on the frame, refreshed. */
  final class Snapshot implements LocalsConvention {
    @Override
    public PyObject fLocals(Interp in, FrameObjects objects, PyFrameObject fo) {
      return in.heap.incref(objects.fastToLocals(fo.frame));
    }

    @Override
    public boolean keepsSnapshot() {
      return true;
    }
  }

  /** PROXY (3.13, PEP 667): a proxy for a function's frame; module and class frames' f_locals is their dict. */
  final class Proxy implements LocalsConvention {
    @Override
    public PyObject fLocals(Interp in, FrameObjects objects, PyFrameObject fo) {
      if (FrameLocals.isProxied(fo.frame)) {
        return FrameLocals.proxy(in, fo);
      }
      return in.heap.incref(objects.fastToLocals(fo.frame));
    }

    @Override
    public boolean keepsSnapshot() {
      return false;
    }
  }
}
