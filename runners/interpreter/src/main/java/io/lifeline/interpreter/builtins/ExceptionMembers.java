package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;

import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Policies;
import java.util.List;

/**
 * The members of the built-in exception subtypes that carry more than {@code args} (Objects/exceptions.c):
 * SyntaxError's msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line (SyntaxError_init);
 * ImportError's msg, name, path (ImportError_init, keywords {@code name} and {@code path}); SystemExit's code
 * (SystemExit_init: None, the one argument, or the args tuple). Each type's {@code __init__} runs
 * BaseException_init, then sets its members; each is None until set, writable, and kept in
 * {@link PyBaseException#members}, released before the exception's own fields. Their str (SyntaxError_str,
 * ImportError_str) is here too.
 */
final class ExceptionMembers {
  private static final List<String> SYNTAX = List.of("msg", "filename", "lineno", "offset", "text", "end_lineno",
      "end_offset", "print_file_and_line");
  /** PyPy 3.9's SyntaxError: no end_lineno, end_offset (new in 3.10). */
  private static final List<String> SYNTAX_39 = List.of("msg", "filename", "lineno", "offset", "text",
      "print_file_and_line");
  private static final List<String> IMPORT = List.of("msg", "name", "path");
  private static final List<String> EXIT = List.of("code");

  private ExceptionMembers() {}

  /** The member names of {@code t}'s nearest built-in base that has members; empty if none. */
  private static List<String> names(Interp in, PyType t) {
    if (t.isSubtypeOf(in.types.exception("SyntaxError"))) {
      return pypy39(in) ? SYNTAX_39 : SYNTAX;
    }
    if (t.isSubtypeOf(in.types.exception("ImportError"))) {
      return IMPORT;
    }
    return t.isSubtypeOf(in.types.exception("SystemExit")) ? EXIT : List.of();
  }

  /** Member {@code name} of {@code e} (new reference), or null if its type has no such member. */
  static PyObject get(Interp in, PyBaseException e, String name) {
    int i = names(in, e.type).indexOf(name);
    if (i < 0) {
      return null;
    }
    PyObject v = e.members == null ? null : e.members[i];
    return in.heap.incref(v != null ? v : in.none());
  }

  /** PyPy 3.9's SyntaxError lacks 3.10's end_lineno and end_offset: an AttributeError, as there. */
  static void checkNewer(Interp in, PyBaseException e, String name) {
    if ((name.equals("end_lineno") || name.equals("end_offset")) && names(in, e.type) == SYNTAX_39) {
      throw in.error("AttributeError", "'" + e.type.name + "' object has no attribute '" + name + "'");
    }
  }

  /** Stores member {@code name} (the old value dies inside); false if the type has no such member. */
  static boolean set(Interp in, PyBaseException e, String name, PyObject v) {
    List<String> names = names(in, e.type);
    int i = names.indexOf(name);
    if (i < 0) {
      return false;
    }
    put(in, e, names, i, in.heap.incref(v));
    return true;
  }

  private static void put(Interp in, PyBaseException e, List<String> names, int i, PyObject owned) {
    if (e.members == null) {
      e.members = new PyObject[names.size()];
    }
    PyObject old = e.members[i];
    e.members[i] = owned;
    in.heap.xdecref(old);
  }

  /** The {@code __init__} of SyntaxError, ImportError and SystemExit, each after BaseException's. */
  static void methods(Interp in, io.lifeline.interpreter.object.NativeFn baseInit) {
    method(in, in.types.exception("SyntaxError"), "__init__", (i, a, k) -> {
      PyObject r = baseInit.call(i, a, k);
      int n = Args.positional(a, k) - 1;
      PyBaseException e = (PyBaseException) a[0];
      if (n >= 1) {
        set(i, e, "msg", a[1]);
      }
      if (n == 2) {
        syntaxInfo(i, e, a[2]);
      }
      return r;
    });
    method(in, in.types.exception("ImportError"), "__init__", (i, a, k) -> {
      PyObject[] positional = java.util.Arrays.copyOf(a, Args.positional(a, k));
      PyObject r = baseInit.call(i, positional, null);
      PyBaseException e = (PyBaseException) a[0];
      for (int x = 0; k != null && x < k.size(); x++) {
        String key = ((PyStr) k.items[x]).value;
        if (!key.equals("name") && !key.equals("path")) {
          throw i.error("TypeError", i.policies.reclaim() == Policies.Reclaim.TRACING
              ? "__init__() got an unexpected keyword argument '" + key + "'"
              : "'" + key + "' is an invalid keyword argument for " + e.type.name + "()");
        }
        set(i, e, key, a[positional.length + x]);
      }
      if (positional.length == 2) {
        set(i, e, "msg", a[1]);
      }
      return r;
    });
    method(in, in.types.exception("SystemExit"), "__init__", (i, a, k) -> {
      PyObject r = baseInit.call(i, a, k);
      PyBaseException e = (PyBaseException) a[0];
      int n = Args.positional(a, k) - 1;
      if (n > 0) {
        set(i, e, "code", n == 1 ? a[1] : e.args);
      }
      return r;
    });
  }

  /** SyntaxError_init's second argument: (filename, lineno, offset, text[, end_lineno, end_offset]). */
  private static void syntaxInfo(Interp in, PyBaseException e, PyObject info) {
    List<PyObject> items = in.ops.toList(info);
    try {
      if (items.size() != 4 && in.policies.reclaim() == Policies.Reclaim.TRACING) {
        // PyPy's app-level SyntaxError takes other lengths its own way (lastlineno, rewritten args)
        throw in.unsupported("SyntaxError(msg, info) with an info tuple of " + items.size() + " items on PyPy");
      }
      if (items.size() < 4 || items.size() > 6) {
        throw in.error("TypeError", "function takes at " + (items.size() < 4 ? "least 4" : "most 6")
            + " arguments (" + items.size() + " given)");
      }
      for (int x = 0; x < items.size(); x++) {
        set(in, e, SYNTAX.get(x + 1), items.get(x));
      }
    } finally {
      for (PyObject o : items) {
        in.heap.decref(o);
      }
    }
  }

  private static boolean pypy39(Interp in) {
    return in.policies.reclaim() == Policies.Reclaim.TRACING
        && in.policies.pycall() == Policies.CallConvention.HOLD_POSITIONAL;
  }

  /** SyntaxError_str and ImportError_str; null for other types (BaseException_str applies). */
  static String str(Interp in, PyBaseException e) {
    List<String> names = names(in, e.type);
    PyObject msg = e.members == null ? null : e.members[0];
    if (names == IMPORT) {
      return msg instanceof PyStr s ? s.value : null;
    }
    if (names != SYNTAX && names != SYNTAX_39) {
      return null;
    }
    String text = in.ops.strOf(msg != null ? msg : in.none());
    PyObject file = e.members == null ? null : e.members[1];
    PyObject line = e.members == null ? null : e.members[2];
    String base = file instanceof PyStr f ? f.value.substring(f.value.lastIndexOf('/') + 1) : null;
    boolean hasLine = line instanceof PyInt;
    if (base != null && hasLine) {
      return text + " (" + base + ", line " + in.ops.strOf(line) + ")";
    }
    if (base != null) {
      return text + " (" + base + ")";
    }
    return hasLine ? text + " (line " + in.ops.strOf(line) + ")" : text;
  }
}
