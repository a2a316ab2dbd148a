package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.vm.Interp;

/** Argument checking for built-in functions: located TypeErrors in CPython's words. */
public final class Args {
  private Args() {}

  public static int positional(PyObject[] args, PyTuple kwnames) {
    return args.length - (kwnames == null ? 0 : kwnames.size());
  }

  public static void count(Interp in, String fn, PyObject[] args, PyTuple kwnames, int min, int max) {
    if (kwnames != null && kwnames.size() > 0) {
      throw in.error("TypeError", fn + "() takes no keyword arguments");
    }
    int n = args.length;
    if (n < min || n > max) {
      String expected = min == max ? "exactly " + min : n < min ? "at least " + min : "at most " + max;
      throw in.error("TypeError", fn + "() takes " + expected + " argument" + (min == max && min == 1 ? "" : "s")
          + " (" + n + " given)");
    }
  }

  /** {@code self} followed by {@code args}: a call's arguments once a method is bound (method_vectorcall). */
  public static PyObject[] prepend(PyObject self, PyObject[] args) {
    PyObject[] full = new PyObject[args.length + 1];
    full[0] = self;
    System.arraycopy(args, 0, full, 1, args.length);
    return full;
  }

  /** The value of keyword {@code name}, or null. */
  public static PyObject keyword(PyObject[] args, PyTuple kwnames, String name) {
    if (kwnames == null) {
      return null;
    }
    int npos = positional(args, kwnames);
    for (int i = 0; i < kwnames.size(); i++) {
      if (((PyStr) kwnames.items[i]).value.equals(name)) {
        return args[npos + i];
      }
    }
    return null;
  }
}
