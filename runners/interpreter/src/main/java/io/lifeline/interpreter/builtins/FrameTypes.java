package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;
import static io.lifeline.interpreter.builtins.Methods.method;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyFrameLocalsProxy;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.PyTraceback;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.FrameLocals;
import io.lifeline.interpreter.vm.Interp;

/** The execution types programs can see: {@code frame}, its PEP 667 locals proxy, {@code traceback}, {@code code}. */
final class FrameTypes {
  private FrameTypes() {}

  static void install(Interp in) {
    in.types.frame.slots.getattr = (i, o, name) -> {
      PyObject v = i.vm.frameAttr((PyFrameObject) o, name);
      return v != null ? v : i.ops.genericGetattr(o, name);
    };
    in.types.traceback.slots.getattr = (i, o, name) -> {
      PyTraceback tb = (PyTraceback) o;
      return switch (name) {
        case "tb_next" -> i.heap.incref(tb.next != null ? tb.next : i.none());
        case "tb_frame" -> i.heap.incref(tb.frame);
        case "tb_lineno" -> i.newInt(tb.lineno);
        default -> i.ops.genericGetattr(o, name);
      };
    };
    in.types.code.slots.getattr = (i, o, name) -> {
      PyCode c = (PyCode) o;
      return switch (name) {
        case "co_name" -> i.newStr(c.name);
        case "co_qualname" -> i.newStr(c.qualname);
        case "co_firstlineno" -> i.newInt(c.firstLine);
        default -> i.ops.genericGetattr(o, name);
      };
    };
    localsProxy(in.types.frameLocalsProxy.slots);
  }

  private static void localsProxy(Slots s) {
    s.len = (i, o) -> FrameLocals.keys(i, frame(o)).size();
    s.iter = (i, o) -> {
      PyObject keys = FrameLocals.list(i, frame(o), 0);
      try {
        return i.ops.iter(keys);
      } finally {
        i.heap.decref(keys);
      }
    };
    s.contains = (i, o, k) -> FrameLocals.get(frame(o), k) != null;
    s.getitem = (i, o, k) -> {
      PyObject v = FrameLocals.get(frame(o), k);
      if (v == null) {
        throw DictType.keyError(i, k);
      }
      return i.heap.incref(v);
    };
    s.setitem = (i, o, k, v) -> {
      if (k instanceof PySlice) {
        throw i.unsupported("slice assignment to " + o.type.name);
      }
      FrameLocals.set(i, frame(o), k, v);
    };
  }

  private static io.lifeline.interpreter.object.Frame frame(PyObject proxy) {
    return FrameLocals.frameOf((PyFrameLocalsProxy) proxy);
  }

  /** PEP 667's FrameLocalsProxy: keys(), values() and items() return lists, get() and copy() (a dict). */
  static void frameLocalsProxyMethods(Interp in) {
    PyType t = in.types.frameLocalsProxy;
    String[] views = {"keys", "values", "items"};
    for (int w = 0; w < views.length; w++) {
      int which = w;
      method(in, t, views[w], (i, a, k) -> {
        Args.count(i, views[which], a, k, 1, 1);
        return io.lifeline.interpreter.vm.FrameLocals.list(i, frameOf(a[0]), which);
      });
    }
    method(in, t, "get", (i, a, k) -> {
      Args.count(i, "get", a, k, 2, 3);
      PyObject v = io.lifeline.interpreter.vm.FrameLocals.get(frameOf(a[0]), a[1]);
      return i.heap.incref(v != null ? v : a.length > 2 ? a[2] : i.none());
    });
    method(in, t, "copy", (i, a, k) -> {
      Args.count(i, "copy", a, k, 1, 1);
      return io.lifeline.interpreter.vm.FrameLocals.snapshot(i, frameOf(a[0]));
    });
  }

  private static Frame frameOf(PyObject proxy) {
    return io.lifeline.interpreter.vm.FrameLocals.frameOf((io.lifeline.interpreter.object.PyFrameLocalsProxy) proxy);
  }
}
