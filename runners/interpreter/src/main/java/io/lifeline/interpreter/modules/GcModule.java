package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.vm.Policies;
import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;

/**
 * {@code gc} (Modules/gcmodule.c): collection, enabling, counts and thresholds over the model's heap. PyPy
 * (reclaim=TRACING) has no get_count/get_threshold/set_threshold/is_tracked/callbacks (PyPy 7.3.11's dir()), so
 * using one is the AttributeError PyPy raises.
 */
public final class GcModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    Heap heap = in.heap;
    function(in, m, "collect", (i, a, k) -> {
      if (heap.tracer() != null) {
        heap.tracer().collect();
        return i.none();
      }
      return i.newInt(heap.collector().collect(a.length > 0 ? (int) ((PyInt) a[0]).small : 2));
    });
    function(in, m, "enable", (i, a, k) -> {
      heap.setEnabled(true);
      return i.none();
    });
    function(in, m, "disable", (i, a, k) -> {
      heap.setEnabled(false);
      return i.none();
    });
    function(in, m, "isenabled", (i, a, k) -> i.types.bool(heap.isEnabled()));
    references(in, m, heap);
    if (in.policies.reclaim() != Policies.Reclaim.TRACING) {
      counters(in, m, heap);
      // gcstate->callbacks is the list the module attribute names; the module (immortal) holds it, the collector
      // reads it through the module (so rebinding gc.callbacks, unlike CPython, changes the list called).
      m.dict().put(heap, in.key("callbacks"), in.newList(new ArrayList<>()));
      heap.collector().setCallbacks((phase, generation, collected, uncollectable) -> {
        PyDict attrs = m.dict();
        if (attrs != null && attrs.getStr("callbacks") instanceof PyList callbacks) {
          invokeCallbacks(in, callbacks, phase, generation, collected, uncollectable);
        }
      });
    }
    m.dict().put(heap, in.key("garbage"), in.newList(new ArrayList<>()));
  }

  /**
   * invoke_gc_callback: when the list is not empty, one info dict {generation, collected, uncollectable} for the
   * phase; each callback (the list, held meanwhile, re-read at every step; the callback held during its call) gets
   * (phase, info); an error is unraisable; then the phase and the info die.
   */
  private static void invokeCallbacks(Interp in, PyList callbacks, String phase, int generation, int collected,
      int uncollectable) {
    if (callbacks.items.isEmpty()) {
      return;
    }
    Heap heap = in.heap;
    heap.incref(callbacks);
    PyDict info = in.newDict();
    info.put(heap, in.newStr("generation"), in.newInt(generation));
    info.put(heap, in.newStr("collected"), in.newInt(collected));
    info.put(heap, in.newStr("uncollectable"), in.newInt(uncollectable));
    PyObject phaseObj = in.newStr(phase);
    try {
      for (int x = 0; x < callbacks.items.size(); x++) {
        PyObject cb = heap.incref(callbacks.items.get(x));
        try {
          heap.decref(in.ops.call(cb, new PyObject[] {phaseObj, info}, null));
        } catch (PyException e) {
          in.writeUnraisable(e, cb, null);
        } finally {
          heap.decref(cb);
        }
      }
    } finally {
      heap.decref(phaseObj);
      heap.decref(info);
      heap.decref(callbacks);
    }
  }

  /**
   * get_referents (each argument's tp_traverse, in its order, for a container), get_referrers (every tracked
   * object, youngest generation first, whose tp_traverse reaches an argument; not the result) and get_objects
   * (every tracked object but the result).
   */
  private static void references(Interp in, PyModule m, Heap heap) {
    function(in, m, "get_referents", (i, a, k) -> {
      ArrayList<PyObject> out = new ArrayList<>();
      for (PyObject o : a) {
        if (o instanceof PyDict d && unicodeKeys(i, d)) {
          // dict_traverse: a table of str keys (DICT_KEYS_UNICODE) visits only the values
          for (PyDict.Entry e : d.entries()) {
            out.add(heap.incref(e.value));
          }
        } else if (o.isGcType()) {
          o.traverse(r -> out.add(heap.incref(r)));
        }
      }
      return i.newList(out);
    });
    function(in, m, "get_referrers", (i, a, k) -> {
      java.util.List<PyObject> objs = java.util.Arrays.asList(a);
      ArrayList<PyObject> out = new ArrayList<>();
      for (PyObject o : heap.trackedObjects()) {
        boolean[] hit = {false};
        o.traverse(r -> hit[0] |= objs.stream().anyMatch(x -> x == r));
        if (hit[0]) {
          out.add(heap.incref(o));
        }
      }
      return i.newList(out);
    });
    function(in, m, "get_objects", (i, a, k) -> {
      ArrayList<PyObject> out = new ArrayList<>();
      for (PyObject o : heap.trackedObjects()) {
        out.add(heap.incref(o));
      }
      return i.newList(out);
    });
  }

  /** Whether every key of {@code d} is an exact str (CPython's unicode-keys table). */
  private static boolean unicodeKeys(Interp in, PyDict d) {
    for (PyDict.Entry e : d.entries()) {
      if (e.key.type != in.types.str) {
        return false;
      }
    }
    return true;
  }

  /** What only a reference-counting backend has: is_tracked and the generation counters. */
  private static void counters(Interp in, PyModule m, Heap heap) {
    function(in, m, "is_tracked", (i, a, k) -> {
      Args.count(i, "is_tracked", a, k, 1, 1);
      return i.types.bool(heap.isTracked(a[0]));
    });
    function(in, m, "get_count", (i, a, k) -> {
      int[] c = heap.counts();
      return i.newTuple(i.newInt(c[0]), i.newInt(c[1]), i.newInt(c[2]));
    });
    function(in, m, "get_threshold", (i, a, k) -> {
      int[] t = heap.thresholds();
      return i.newTuple(i.newInt(t[0]), i.newInt(t[1]), i.newInt(t[2]));
    });
    function(in, m, "set_threshold", (i, a, k) -> {
      int[] t = heap.thresholds();
      for (int x = 0; x < Math.min(3, a.length); x++) {
        t[x] = (int) ((PyInt) a[x]).small;
      }
      heap.setThresholds(t);
      return i.none();
    });
  }
}
