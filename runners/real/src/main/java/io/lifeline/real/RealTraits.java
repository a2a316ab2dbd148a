package io.lifeline.real;

import io.lifeline.scenario.Traits;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derives a real interpreter's traits from its {@link Identity}. Trait order is part of the contract:
 * impl, version, python, kind, reclaim, pycall, flocals, comprehensions, frames.
 */
final class RealTraits {
  static final String PYTHON = "python";
  static final String RECLAIM = "reclaim";
  static final String PYCALL = "pycall";
  static final String FLOCALS = "flocals";
  static final String COMPREHENSIONS = "comprehensions";
  static final String FRAMES = "frames";
  static final String GRAALPY = "graalpy";

  private RealTraits() {}

  static Traits of(Identity id) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put(Traits.IMPL, id.impl());
    t.put(Traits.VERSION, id.implVersion().toString());
    t.put(PYTHON, id.python().toString());
    t.put(Traits.KIND, "real");
    t.put(RECLAIM, reclaim(id));
    t.put(PYCALL, pycall(id));
    t.put(FLOCALS, flocals(id));
    t.put(COMPREHENSIONS, comprehensions(id));
    t.put(FRAMES, frames(id));
    return Traits.of(t);
  }

  /**
   * GraalPy's traits, as measured on GraalPy 25.0.2 (Python 3.12.8) in a lifeline host: a rebound parameter's
   * argument is not collected while the call runs, even after five {@code gc.collect()} ({@code pycall=hold});
   * {@code f_locals} is a snapshot dict; a comprehension runs in its own {@code <listcomp>} frame; frames are
   * materialized only when asked for ({@code MaterializeFrameNode} in graalpython).
   */
  static Traits ofGraalPy(Release graalpy, Release python) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put(Traits.IMPL, GRAALPY);
    t.put(Traits.VERSION, graalpy.toString());
    t.put(PYTHON, python.toString());
    t.put(Traits.KIND, "real");
    t.put(RECLAIM, "tracing");
    t.put(PYCALL, "hold");
    t.put(FLOCALS, "snapshot");
    t.put(COMPREHENSIONS, "function");
    t.put(FRAMES, "lazy");
    return Traits.of(t);
  }

  private static boolean isPypy(Identity id) {
    return Identity.PYPY.equals(id.impl());
  }

  /** CPython frees an object when its reference count drops to zero; PyPy only when its tracing GC runs. */
  static String reclaim(Identity id) {
    return isPypy(id) ? "tracing" : "refcount";
  }

  /**
   * Whether a call keeps the caller's references to the arguments alive for the callee's whole run ("hold") or
   * moves them into the callee's frame ("move"), so that rebinding the parameter frees the argument at once.
   * CPython moved in 3.11 (the frame redesign); PyPy in 7.3.18.
   */
  static String pycall(Identity id) {
    boolean moves = isPypy(id) ? id.implVersion().atLeast(7, 3, 18) : id.python().atLeast(3, 11);
    return moves ? "move" : "hold";
  }

  /** {@code frame.f_locals} of a function: a write-through proxy since CPython 3.13 (PEP 667), else a snapshot. */
  static String flocals(Identity id) {
    return !isPypy(id) && id.python().atLeast(3, 13) ? "proxy" : "snapshot";
  }

  /** Comprehensions run inline in their enclosing frame since CPython 3.12 (PEP 709), else in a function. */
  static String comprehensions(Identity id) {
    return !isPypy(id) && id.python().atLeast(3, 12) ? "inlined" : "function";
  }

  /** Frame objects are created lazily, only when asked for, since CPython 3.11; eagerly on 3.10 and PyPy. */
  static String frames(Identity id) {
    return !isPypy(id) && id.python().atLeast(3, 11) ? "lazy" : "eager";
  }
}
