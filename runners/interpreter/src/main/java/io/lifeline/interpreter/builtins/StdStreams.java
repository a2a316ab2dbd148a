package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code sys.stdout} and {@code sys.stderr}: text streams whose {@code write} appends to the run's captured output
 * (where {@code print} writes) and returns the number of characters written, as io.TextIOWrapper does;
 * {@code flush} does nothing (the output is captured, never buffered elsewhere).
 */
public final class StdStreams {
  private StdStreams() {}

  /** Installs the two streams in {@code sys}. */
  public static void install(Interp in, PyModule sys) {
    PyType wrapper = new PyType(in.types.type, "TextIOWrapper", in.types.object, new PyDict(null), false,
        PyType.Layout.BUILTIN);
    wrapper.immortal = true;
    wrapper.dict.immortal = true;
    PyInstance stdout = stream(wrapper);
    PyInstance stderr = stream(wrapper);
    Methods.method(in, wrapper, "write", (i, a, k) -> {
      Args.count(i, "write", a, k, 2, 2);
      if (!(a[1] instanceof PyStr s)) {
        // PyPy words it its own way (probed on 7.3.11)
        throw i.error("TypeError", i.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING
            ? "unicode argument expected, got '" + a[1].type.name + "'"
            : "write() argument must be str, not " + a[1].type.name);
      }
      (a[0] == stderr ? i.stderr : i.stdout).append(s.value);
      return i.newInt(s.value.codePointCount(0, s.value.length()));
    });
    Methods.method(in, wrapper, "flush", (i, a, k) -> {
      Args.count(i, "flush", a, k, 1, 1);
      return i.none();
    });
    for (String name : new String[] {"stdout", "__stdout__"}) {
      sys.dict().put(in.heap, in.key(name), stdout);
    }
    for (String name : new String[] {"stderr", "__stderr__"}) {
      sys.dict().put(in.heap, in.key(name), stderr);
    }
  }

  private static PyInstance stream(PyType wrapper) {
    PyInstance s = new PyInstance(wrapper);
    s.immortal = true;
    return s;
  }

  /**
   * Where {@code print(..., file=f)} writes {@code text}: for None, the current {@code sys.stdout} (which
   * contextlib.redirect_stdout may have replaced); the captured output for a standard stream, else
   * {@code f.write(text)}.
   */
  static void print(Interp in, PyObject file, String text) {
    PyModule sys = in.modules.get("sys");
    if (file == null || file == in.none()) {
      file = sys == null ? null : sys.dict().getStr("stdout");
    }
    if (file == null || file == in.none() || sys != null && file == sys.dict().getStr("__stdout__")) {
      in.stdout.append(text);
      return;
    }
    PyObject write = in.ops.getattr(file, "write");
    PyObject arg = null;
    try {
      arg = in.newStr(text);
      in.heap.decref(in.ops.call(write, new PyObject[] {arg}, null));
    } finally {
      in.heap.xdecref(arg);
      in.heap.decref(write);
    }
  }
}
