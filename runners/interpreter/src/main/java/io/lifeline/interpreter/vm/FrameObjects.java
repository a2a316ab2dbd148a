package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyCell;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyObject;

/**
 * What Python code sees of a frame through its frame object: f_lineno, f_back, f_globals, f_code, and f_locals
 * as the backend's {@link LocalsConvention} makes it (a snapshot dict cached on the frame, or a PEP 667 proxy).
 */
final class FrameObjects extends VmPart {
  private final LocalsConvention locals;

  FrameObjects(Interp in, LocalsConvention locals) {
    super(in);
    this.locals = locals;
  }

  /** Attributes of frame objects: f_locals ({@link LocalsConvention}), f_back, f_lineno, f_globals, f_code. */
  PyObject frameAttr(PyFrameObject fo, String name) {
    Frame fr = fo.frame;
    switch (name) {
      case "f_lineno":
        return in.newInt(fr.line());
      case "f_locals":
        return locals.fLocals(in, this, fo);
      case "f_back": {
        if (fo.back != null) {
          return heap.incref(fo.back);
        }
        Frame prev = fo.ownsFrame() ? null : fr.previous;
        return prev == null ? in.none() : heap.incref(in.frameObject(prev));
      }
      case "f_globals":
        return heap.incref(fr.globals);
      case "f_code":
        return fr.code;
      default:
        return null;
    }
  }

  /**
   * PyFrame_FastToLocalsWithError (3.11): fills the dict cached on the frame with the current values of
   * the locals and cells; the dict holds strong references until the next call or the frame's end.
   */
  public PyDict fastToLocals(Frame fr) {
    if ((fr.code.flags & PyCode.CO_OPTIMIZED) == 0) {
      return fr.locals;
    }
    if (!locals.keepsSnapshot()) {
      throw new IllegalStateException("PEP 667 frames keep no f_locals snapshot");
    }
    if (fr.locals == null) {
      fr.locals = in.newDict();
    }
    PyDict d = fr.locals;
    for (int i = 0; i < fr.code.nlocalsplus(); i++) {
      String n = fr.code.localName(i);
      PyObject v = fr.localsplus[i];
      if (v instanceof PyCell c && isCellSlot(fr.code, i)) {
        v = c.ref;
      }
      if (v == null) {
        d.remove(heap, in.key(n));
      } else {
        d.put(heap, in.key(n), heap.incref(v));
      }
    }
    return d;
  }

  static boolean isCellSlot(PyCode code, int i) {
    if (i >= code.varnames.length) {
      return true;
    }
    for (int a : code.cell2arg) {
      if (a == i) {
        return true;
      }
    }
    return false;
  }
}
