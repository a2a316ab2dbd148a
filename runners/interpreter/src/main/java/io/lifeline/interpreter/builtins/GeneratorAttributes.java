package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.vm.Interp;

/** The data attributes of generators and coroutines (gi_* and cr_*), then the generic lookup. */
final class GeneratorAttributes {
  private GeneratorAttributes() {}

  static PyObject get(Interp in, PyObject o, String name) {
    PyObject special = special(in, (PyGenerator) o, name);
    return special != null ? special : in.ops.genericGetattr(o, name);
  }

  private static PyObject special(Interp in, PyGenerator g, String name) {
    switch (name) {
      case "gi_frame", "cr_frame", "ag_frame":
        if (g.frame == null || g.state == PyGenerator.State.COMPLETED) {
          return in.none();
        }
        return in.heap.incref(in.frameObject(g.frame));
      case "gi_running", "cr_running": return in.types.bool(g.state == PyGenerator.State.RUNNING);
      case "gi_suspended", "cr_suspended": return in.types.bool(g.state == PyGenerator.State.SUSPENDED);
      case "gi_yieldfrom", "cr_await", "ag_await": {
        PyObject yf = in.vm.yieldFrom(g);
        return in.heap.incref(yf == null ? in.none() : yf);
      }
      case "gi_code", "cr_code", "ag_code": return g.frame == null ? in.none() : g.frame.code;
      case "ag_running": return in.types.bool(g.runningAsync);
      case "__name__": return in.newStr(g.name);
      case "__qualname__": return in.newStr(g.qualname != null ? g.qualname : g.name);
      default: return null;
    }
  }
}
