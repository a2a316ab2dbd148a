package io.lifeline.interpreter;

import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.compiler.PySyntaxError;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.vm.EventLimitException;
import io.lifeline.interpreter.vm.HangException;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.ProcessAbort;
import io.lifeline.interpreter.vm.PyException;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One execution of one program on a fresh interpreter: compile, run the module body, then CPython-like
 * finalization (Py_FinalizeEx's finalize_modules), turning every way a run can end into an {@link Outcome}: a
 * construct outside the model's subset, at compile time or escaping the body at run time, is UNSUPPORTED; an
 * event beyond the {@link io.lifeline.scenario.EventLimits} is a CRASH naming the limit.
 */
public final class Run {
  private final Interp in;
  private final long startNanos = System.nanoTime();
  private PyCode code;

  public Run(Interp in) {
    this.in = in;
  }

  public Interp interp() {
    return in;
  }

  /** The program's module code once {@link #execute} compiled it, else null. */
  public PyCode code() {
    return code;
  }

  /** Runs {@code program}; never throws. */
  public Outcome execute(String program) {
    try {
      code = in.compile(program);
    } catch (PySyntaxError e) {
      if (e.unsupported) {
        return Outcome.unsupported(List.of(), "SyntaxError", e.getMessage(), "", elapsed());
      }
      return new Outcome(List.of(), Status.ERROR, "SyntaxError", e.getMessage(), List.of(), "", elapsed());
    }
    Status status = Status.COMPLETED;
    String errorType = null;
    String errorMessage = null;
    try {
      in.mainSource = program;
      in.main = in.newModule("__main__");
      in.modules.put("__main__", in.main);
      in.main.dict().put(in.heap, in.key("__builtins__"), in.builtins);
      try {
        PyObject r = in.vm.runModule(code, in.main.dict());
        in.heap.decref(r);
      } catch (PyException e) {
        status = in.isUnsupported(e) ? Status.UNSUPPORTED : Status.ERROR;
        errorType = e.value.type.name;
        errorMessage = in.ops.strOf(e.value);
        in.extraRoots.add(e.value);
      }
      shutdown();
    } catch (EventLimitException | ProcessAbort e) {
      return Outcome.crash(snapshot(in.events), e.getMessage(), tail(), elapsed());
    } catch (HangException e) {
      return new Outcome(snapshot(in.events), Status.HANG, null, e.getMessage(), snapshot(in.shutdownEvents),
          tail(), elapsed());
    } catch (Throwable t) {
      return crash(t);
    }
    if (status == Status.UNSUPPORTED) {
      // The program did not run to its end on this model; what shutdown did with the rest is not an outcome.
      return Outcome.unsupported(in.events, errorType, errorMessage, tail(), elapsed());
    }
    return new Outcome(in.events, status, errorType, errorMessage, in.shutdownEvents, tail(), elapsed());
  }

  /**
   * Py_FinalizeEx reduced to what programs observe: atexit handlers run, sys.last_value is dropped,
   * __main__ is removed from sys.modules (its dict dies with it, values in insertion order, unless
   * functions keep it in a cycle), then a collection finalizes what is left in GC-list order. Under tracing
   * (PyPy) nothing is collected at exit, so leftover objects get no finalizer.
   */
  private void shutdown() {
    in.inShutdown = true;
    runAtexitHandlers();
    for (PyObject o : new ArrayList<>(in.extraRoots)) {
      in.extraRoots.remove(o);
      in.heap.decref(o);
    }
    PyModule main = in.modules.remove("__main__");
    in.main = null;
    in.heap.decref(main);
    if (in.heap.tracer() == null) {
      in.heap.collector().collect(2);
    }
  }

  /** atexit._run_exitfuncs: last registered first; errors are reported, not raised. */
  private void runAtexitHandlers() {
    PyModule atexit = in.modules.get("atexit");
    if (atexit == null || !(atexit.dict().getStr("_handlers") instanceof io.lifeline.interpreter.object.PyList l)) {
      return;
    }
    while (!l.items.isEmpty()) {
      PyObject h = l.items.remove(l.items.size() - 1);
      try {
        in.heap.decref(in.ops.call(h, new PyObject[0], null));
      } catch (PyException e) {
        in.writeUnraisable(e, "atexit callback");
      } finally {
        in.heap.decref(h);
      }
    }
  }

  /**
   * A failure of the model itself. The JVM's own limits are named: the run's heap is unreachable once this
   * returns, so a Java OutOfMemoryError or StackOverflowError ends this run only.
   */
  private Outcome crash(Throwable t) {
    String msg = crashReason(t);
    String trace;
    try {
      StringWriter sw = new StringWriter();
      t.printStackTrace(new PrintWriter(sw));
      trace = sw.toString();
    } catch (OutOfMemoryError e) {
      trace = String.valueOf(t);
    }
    return Outcome.crash(snapshot(in.events), msg, trace, elapsed());
  }

  /** The crash reason for a Throwable that escaped a model run. */
  public static String crashReason(Throwable t) {
    if (t instanceof StackOverflowError) {
      return "Java stack overflow inside the model";
    }
    if (t instanceof OutOfMemoryError) {
      return "Java heap exhausted inside the model (" + t.getMessage() + "); the run's heap was released";
    }
    return t.toString();
  }

  private static List<String> snapshot(List<String> l) {
    synchronized (l) {
      return new ArrayList<>(l);
    }
  }

  private String tail() {
    String traces = in.traces.isEmpty() ? "" : "trace-refs:\n" + String.join("\n", in.traces) + "\n";
    String out = traces + in.stdout + in.stderr;
    if (!traces.isEmpty()) {
      return out;
    }
    return out.length() > 4000 ? out.substring(out.length() - 4000) : out;
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
