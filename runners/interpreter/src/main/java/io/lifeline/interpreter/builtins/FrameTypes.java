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
  static final Slots.Table<PyFrameObject> FRAME = Slots.of(PyFrameObject.class).getattr((i, f, name) -> {
    PyObject v = i.vm.frameAttr(f, name);
    return v != null ? v : i.ops.genericGetattr(f, name);
  });
  static final Slots.Table<PyTraceback> TRACEBACK = Slots.of(PyTraceback.class)
      .getattr((i, tb, name) -> switch (name) {
        case "tb_next" -> i.heap.incref(tb.next() != null ? tb.next() : i.none());
        case "tb_frame" -> i.heap.incref(tb.frame());
        case "tb_lineno" -> i.newInt(tb.lineno);
        case "tb_lasti" -> i.newInt(2L * tb.lasti);
        default -> i.ops.genericGetattr(tb, name);
      });
  static final Slots.Table<PyCode> CODE = Slots.of(PyCode.class)
      .getattr((i, c, name) -> switch (name) {
        case "co_name" -> i.newStr(c.name);
        case "co_qualname" -> i.newStr(c.qualname);
        case "co_filename" -> i.newStr(c.filename);
        case "co_firstlineno" -> i.newInt(c.firstLine);
        case "co_argcount" -> i.newInt(c.argcount);
        case "co_posonlyargcount" -> i.newInt(c.posonlyargcount);
        case "co_kwonlyargcount" -> i.newInt(c.kwonlyargcount);
        case "co_flags" -> i.newInt(c.flags);
        case "co_varnames" -> names(i, c.varnames);
        case "co_cellvars" -> names(i, c.cellvars);
        case "co_freevars" -> names(i, c.freevars);
        default -> i.ops.genericGetattr(c, name);
      });
  /** A closure cell: {@code cell_contents}, ValueError while empty (cell_get_contents). */
  static final Slots.Table<io.lifeline.interpreter.object.PyCell> CELL =
      Slots.of(io.lifeline.interpreter.object.PyCell.class).getattr((i, c, name) -> {
        if (!name.equals("cell_contents")) {
          return i.ops.genericGetattr(c, name);
        }
        if (c.ref == null) {
          throw i.error("ValueError", "Cell is empty");
        }
        return i.heap.incref(c.ref);
      });

  /** A code object's name tuple (co_varnames, co_cellvars, co_freevars): a new tuple of new strs. */
  private static PyObject names(io.lifeline.interpreter.vm.Interp in, String[] names) {
    PyObject[] items = new PyObject[names.length];
    for (int n = 0; n < names.length; n++) {
      items[n] = in.newStr(names[n]);
    }
    return in.newTuple(items);
  }
  /** PEP 667's FrameLocalsProxy: a mapping view of its frame's locals. */
  static final Slots.Table<PyFrameLocalsProxy> LOCALS_PROXY = Slots.of(PyFrameLocalsProxy.class)
      .len((i, p) -> FrameLocals.keys(i, frameOf(p)).size())
      .iter((i, p) -> {
        PyObject keys = FrameLocals.list(i, frameOf(p), 0);
        try {
          return i.ops.iter(keys);
        } finally {
          i.heap.decref(keys);
        }
      })
      .contains((i, p, k) -> FrameLocals.get(frameOf(p), k) != null)
      .getitem((i, p, k) -> {
        PyObject v = FrameLocals.get(frameOf(p), k);
        if (v == null) {
          throw DictType.keyError(i, k);
        }
        return i.heap.incref(v);
      })
      .setitem((i, p, k, v) -> {
        if (k instanceof PySlice) {
          throw i.unsupported("slice assignment to " + p.type.name);
        }
        FrameLocals.set(i, frameOf(p), k, v);
      });

  private FrameTypes() {}

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

  /**
   * 3.11+ (PEP 657) {@code co_positions()}: an iterator of (lineno, end_lineno, col_offset, end_col_offset) per
   * instruction, the span the compiler gave each (one per model instruction, where CPython has one per code unit,
   * caches included; a traceback's {@code tb_lasti // 2} indexes it alike). Columns count characters where
   * CPython counts UTF-8 bytes (the same for ASCII lines). 3.10 and PyPy 3.9 have none.
   */
  static void codeMethods(Interp in) {
    if (in.policies.isPypy() || in.policies.isCpython310()) {
      return;
    }
    method(in, in.types.code, "co_positions", (i, a, k) -> {
      Args.count(i, "co_positions", a, k, 1, 1);
      PyCode c = (PyCode) a[0];
      ArrayList<PyObject> items = new ArrayList<>();
      for (int n = 0; n < c.lines.length; n++) {
        items.add(i.newTuple(new PyObject[] {i.newInt(c.lines[n]), i.newInt(c.endLines[n]), i.newInt(c.cols[n]),
            i.newInt(c.endCols[n])}));
      }
      PyObject list = i.newList(items);
      try {
        return i.ops.iter(list);
      } finally {
        i.heap.decref(list);
      }
    });
  }

  private static Frame frameOf(PyObject proxy) {
    return io.lifeline.interpreter.vm.FrameLocals.frameOf((io.lifeline.interpreter.object.PyFrameLocalsProxy) proxy);
  }
}
