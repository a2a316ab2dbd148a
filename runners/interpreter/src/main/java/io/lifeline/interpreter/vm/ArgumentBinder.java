package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * initialize_locals (Python/ceval.c): binds a call's positional and keyword arguments, *args and **kwargs to
 * a new frame's parameters and fills in defaults. The frame takes the argument references; on a binding error
 * the ones not yet bound are released, in index order, before the TypeError is raised.
 */
final class ArgumentBinder extends VmPart {
  ArgumentBinder(Interp in) {
    super(in);
  }

  /**
   * Binds the {@code n} argument references at {@code argv[off]} ({@code npos} positional, then the values named
   * by {@code kwnames}) to {@code fr}'s parameters, clearing those slots; then fills in the defaults.
   */
  void bindArguments(Frame fr, PyFunction fn, PyObject[] argv, int off, int n, int npos, PyTuple kwnames) {
    PyCode code = fn.code;
    boolean varargs = (code.flags & PyCode.CO_VARARGS) != 0;
    int total = code.argcount + code.kwonlyargcount;
    PyDict kwdict = null;
    if ((code.flags & PyCode.CO_VARKEYWORDS) != 0) {
      kwdict = in.newDict();
      fr.localsplus[total + (varargs ? 1 : 0)] = kwdict;
    }
    bindPositional(fr, fn, argv, off, n, npos, varargs);
    if (kwnames != null) {
      bindKeywords(fr, fn, argv, off, n, npos, kwnames, kwdict);
    }
    if (npos < code.argcount || code.kwonlyargcount > 0) {
      // Otherwise every parameter is bound already (a class's __init__ called with all its arguments).
      fillDefaults(fr, fn);
    }
  }

  /** The positional arguments, the extra ones into the *args tuple (or a TypeError if there is none). */
  private void bindPositional(Frame fr, PyFunction fn, PyObject[] argv, int off, int n, int npos,
      boolean varargs) {
    PyObject[] local = fr.localsplus;
    int argcount = fn.code.argcount;
    int bound = Math.min(npos, argcount);
    for (int i = 0; i < bound; i++) {
      local[i] = argv[off + i];
      argv[off + i] = null;
    }
    if (varargs) {
      PyObject[] extra = new PyObject[Math.max(0, npos - argcount)];
      for (int i = argcount; i < npos; i++) {
        extra[i - argcount] = argv[off + i];
        argv[off + i] = null;
      }
      local[argcount + fn.code.kwonlyargcount] = in.newTuple(extra);
    } else if (npos > argcount) {
      releaseRest(argv, off, n);
      throw in.error("TypeError", shownName(fn) + "() takes " + argcount + " positional argument"
          + (argcount == 1 ? "" : "s") + " but " + npos + (npos == 1 ? " was" : " were") + " given");
    }
  }

  /** The keyword arguments, in order: to their parameter, else into **kwargs ({@code kwdict}, or a TypeError). */
  private void bindKeywords(Frame fr, PyFunction fn, PyObject[] argv, int off, int n, int npos, PyTuple kwnames,
      PyDict kwdict) {
    PyCode code = fn.code;
    PyObject[] local = fr.localsplus;
    int total = code.argcount + code.kwonlyargcount;
    for (int k = 0; k < kwnames.size(); k++) {
      String name = ((PyStr) kwnames.items[k]).value;
      PyObject value = argv[off + npos + k];
      argv[off + npos + k] = null;
      int j = -1;
      for (int p = code.posonlyargcount; p < total; p++) {
        if (code.varnames[p].equals(name)) {
          j = p;
          break;
        }
      }
      if (j < 0) {
        if (kwdict == null) {
          heap.decref(value);
          releaseRest(argv, off, n);
          String posonly = positionalOnlyPassedAsKeyword(code, kwnames);
          throw in.error("TypeError", shownName(fn) + (posonly != null
              ? "() got some positional-only arguments passed as keyword arguments: '" + posonly + "'"
              : "() got an unexpected keyword argument '" + name + "'"));
        }
        kwdict.put(heap, heap.incref(kwnames.items[k]), heap.incref(value));
        heap.decref(value);
        continue;
      }
      if (local[j] != null) {
        heap.decref(value);
        releaseRest(argv, off, n);
        throw in.error("TypeError", shownName(fn) + "() got multiple values for argument '" + name + "'");
      }
      local[j] = value;
    }
  }

  /** positional_only_passed_as_keyword: the positional-only parameters named by keywords, joined, or null. */
  private static String positionalOnlyPassedAsKeyword(PyCode code, PyTuple kwnames) {
    java.util.List<String> named = new java.util.ArrayList<>();
    for (int p = 0; p < code.posonlyargcount; p++) {
      for (PyObject kw : kwnames.items) {
        if (((PyStr) kw).value.equals(code.varnames[p])) {
          named.add(code.varnames[p]);
          break;
        }
      }
    }
    return named.isEmpty() ? null : String.join(", ", named);
  }

  /**
   * New references to the defaults of the parameters left unbound: the positional ones first (all missing ones
   * named in one TypeError), then the keyword-only ones.
   */
  private void fillDefaults(Frame fr, PyFunction fn) {
    PyCode code = fn.code;
    PyObject[] local = fr.localsplus;
    int argcount = code.argcount;
    int total = argcount + code.kwonlyargcount;
    int ndefaults = fn.defaults == null ? 0 : fn.defaults.size();
    List<String> missing = List.of();
    for (int i = 0; i < argcount; i++) {
      if (local[i] == null) {
        int d = i - (argcount - ndefaults);
        if (d < 0) {
          missing = missing.isEmpty() ? new ArrayList<>() : missing;
          missing.add(code.varnames[i]);
        } else {
          local[i] = heap.incref(fn.defaults.items[d]);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw missingArguments(fn, missing, "positional");
    }
    for (int i = argcount; i < total; i++) {
      if (local[i] == null) {
        PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(code.varnames[i]);
        if (d == null) {
          missing = missing.isEmpty() ? new ArrayList<>() : missing;
          missing.add(code.varnames[i]);
        } else {
          local[i] = heap.incref(d);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw missingArguments(fn, missing, "keyword-only");
    }
  }

  /**
   * The function as argument errors name it: its __qualname__ (CPython 3.10+), its __name__ on PyPy 7.3.11
   * (pypy/interpreter/argument.py's fnname).
   */
  private String shownName(PyFunction fn) {
    return in.policies.reclaim() == Policies.Reclaim.TRACING ? fn.name : fn.qualname;
  }

  /** missing_arguments (ceval.c): "f() missing 2 required positional arguments: 'a' and 'b'". */
  private PyException missingArguments(PyFunction fn, List<String> names, String kind) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
      }
      sb.append('\'').append(names.get(i)).append('\'');
    }
    return in.error("TypeError", shownName(fn) + "() missing " + names.size() + " required " + kind + " argument"
        + (names.size() == 1 ? "" : "s") + ": " + sb);
  }

  /** Releases, in index order, the references still in {@code argv[off..off+n)} and clears those slots. */
  private void releaseRest(PyObject[] argv, int off, int n) {
    for (int i = off; i < off + n; i++) {
      if (argv[i] != null) {
        heap.decref(argv[i]);
        argv[i] = null;
      }
    }
  }
}
