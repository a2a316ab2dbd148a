package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.compiler.PySyntaxError;
import io.lifeline.interpreter.object.PyBytes;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.vm.Interp;

/**
 * The built-ins that run source text (Python/bltinmodule.c): {@code compile}, {@code exec} and {@code eval}. Text
 * is compiled by the model's compiler with the file name {@code <string>} (compile: the name given), so tracebacks
 * name that file and linecache has no line for it. exec and eval default to the caller's globals and locals (in a
 * function, what {@code locals()} gives: the frame's locals dict, a fresh snapshot in 3.13), put {@code
 * __builtins__} into a globals dict that lacks it, and run the code in a module frame of its own
 * (PyEval_EvalCode), which releases the locals it holds when the code ends.
 */
final class ExecBuiltins {
  private ExecBuiltins() {}

  static void install(Interp in) {
    Builtins.fn(in, "compile", ExecBuiltins::compile);
    Builtins.fn(in, "exec", (i, a, k) -> {
      i.heap.decref(run(i, "exec", a, k));
      return i.none();
    });
    Builtins.fn(in, "eval", (i, a, k) -> run(i, "eval", a, k));
  }

  /** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code object. */
  private static PyObject compile(Interp in, PyObject[] a, PyTuple k) {
    PyObject source = arg(a, k, 0, "source");
    PyObject filename = arg(a, k, 1, "filename");
    PyObject mode = arg(a, k, 2, "mode");
    if (source == null || filename == null || mode == null) {
      throw in.error("TypeError", "compile() missing required argument '"
          + (source == null ? "source' (pos 1)" : filename == null ? "filename' (pos 2)" : "mode' (pos 3)"));
    }
    PyObject flags = arg(a, k, 3, "flags");
    if (flags != null && in.ops.truthy(flags)) {
      throw in.unsupported("compile() with flags (ast objects, PyCF_* options)");
    }
    String m = mode instanceof PyStr s ? s.value : "";
    if (!m.equals("exec") && !m.equals("eval") && !m.equals("single")) {
      // PyPy 7.3.11 (pypy/module/__builtin__/compiling.py) names the argument
      boolean pypy = in.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING;
      throw in.error("ValueError", "compile() " + (pypy ? "arg 3" : "mode") + " must be 'exec', 'eval' or 'single'");
    }
    if (m.equals("single")) {
      throw in.unsupported("compile() in 'single' mode");
    }
    if (source instanceof PyCode) {
      return in.heap.incref(source);
    }
    return compileText(in, "compile", text(in, "compile", source), in.ops.strOf(filename), m.equals("eval"));
  }

  /**
   * builtin_exec_impl / builtin_eval_impl: the code (text compiled, or a code object), the globals and locals they
   * default to, then PyEval_EvalCode. Returns the code's value (new reference).
   */
  private static PyObject run(Interp in, String fn, PyObject[] a, PyTuple k) {
    PyObject source = arg(a, k, 0, "source");
    if (source == null) {
      throw in.error("TypeError", fn + " expected at least 1 argument, got 0");
    }
    PyObject g = arg(a, k, 1, "globals");
    PyObject l = arg(a, k, 2, "locals");
    if (g == in.none()) {
      g = null;
    }
    if (l == in.none()) {
      l = null;
    }
    if (g != null && !(g instanceof PyDict)) {
      throw in.error("TypeError", fn.equals("exec") ? "exec() globals must be a dict, not " + g.type.name
          : "globals must be a dict");
    }
    if (l != null && !(l instanceof PyDict)) {
      throw in.unsupported(fn + "() with a locals mapping that is not a dict");
    }
    PyDict globals = g != null ? (PyDict) in.heap.incref(g) : (PyDict) in.heap.incref(in.current.globals);
    PyDict locals;
    if (l != null) {
      locals = (PyDict) in.heap.incref(l);
    } else if (g != null) {
      locals = (PyDict) in.heap.incref(g);
    } else {
      locals = (PyDict) in.ops.call(in.builtins.getStr("locals"), new PyObject[0], null);
    }
    try {
      if (globals.getStr("__builtins__") == null) {
        globals.put(in.heap, in.key("__builtins__"), in.heap.incref(in.builtins));
      }
      PyCode code = source instanceof PyCode c ? c
          : compileText(in, fn, text(in, fn, source), "<string>", fn.equals("eval"));
      return in.vm.evalCode(code, globals, locals);
    } finally {
      in.heap.decref(locals);
      in.heap.decref(globals);
    }
  }

  /** The text of a str or bytes source; eval drops leading spaces and tabs (builtin_eval_impl). */
  private static String text(Interp in, String fn, PyObject source) {
    String s;
    if (source instanceof PyStr str) {
      s = str.value;
    } else if (source instanceof PyBytes b) {
      s = new String(b.value, java.nio.charset.StandardCharsets.UTF_8);
    } else {
      throw in.error("TypeError", fn.equals("compile") ? "compile() arg 1 must be a string, bytes or AST object"
          : fn + "() arg 1 must be a string, bytes or code object");
    }
    if (fn.equals("eval")) {
      int i = 0;
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
      s = s.substring(i);
    }
    return s;
  }

  /**
   * The code of {@code text}; invalid syntax is a SyntaxError located in the text (msg, (filename, lineno, offset,
   * line)), a construct outside the model's subset a located NotImplementedError.
   */
  private static PyCode compileText(Interp in, String fn, String text, String filename, boolean eval) {
    try {
      return in.compile(text, filename, eval);
    } catch (PySyntaxError e) {
      if (e.unsupported) {
        throw in.unsupported(e.msg.replaceFirst("^unsupported by the model: ", "") + " in " + fn + "()'d text"
            + " (line " + e.line + ", column " + e.col + " of " + filename + ")");
      }
      String[] lines = text.split("\n", -1);
      PyObject line = e.line >= 1 && e.line <= lines.length ? in.newStr(lines[e.line - 1] + "\n") : in.none();
      PyTuple loc = in.newTuple(in.newStr(filename), in.newInt(e.line), in.newInt(e.col + 1), line);
      PyObject[] args = {in.newStr(e.msg), loc};
      PyObject err;
      try {
        err = in.ops.call(in.types.exception("SyntaxError"), args, null);
      } finally {
        in.heap.decref(args[0]);
        in.heap.decref(args[1]);
      }
      throw new io.lifeline.interpreter.vm.PyException((io.lifeline.interpreter.object.PyBaseException) err);
    }
  }

  /** Argument {@code pos} or keyword {@code name} (borrowed), or null. */
  private static PyObject arg(PyObject[] a, PyTuple k, int pos, String name) {
    if (pos < Args.positional(a, k)) {
      return a[pos];
    }
    return Args.keyword(a, k, name);
  }
}
