package io.lifeline.interpreter.memory;

import io.lifeline.interpreter.object.PyObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * lua_checkmemory for the model: recomputes every live object's reference count from the references that
 * actually exist (owned references of live objects plus the interpreter's roots) and reports every object
 * whose count disagrees, or that is referenced after it was freed.
 */
public final class HeapVerifier {
  private HeapVerifier() {}

  /**
   * Checks the heap. With {@code exact}, counts must be equal (a quiescent heap); otherwise only
   * over-release is reported (native code may hold temporary references the walk cannot see).
   *
   * @param roots enumerates the references held outside objects (frames, interpreter state)
   * @return the problems found, empty if none
   */
  public static List<String> verify(Heap heap, Consumer<PyObject.Visitor> roots, boolean exact) {
    Set<PyObject> live = heap.liveObjects();
    Map<PyObject, Integer> counted = new IdentityHashMap<>();
    Map<PyObject, PyObject> referrer = new IdentityHashMap<>();
    Set<PyObject> sources = Collections.newSetFromMap(new IdentityHashMap<>());
    List<PyObject> work = new ArrayList<>();
    for (PyObject o : live) {
      sources.add(o);
      work.add(o);
    }
    PyObject[] from = new PyObject[1];
    PyObject.Visitor count = r -> {
      if (!r.immortal) {
        counted.merge(r, 1, Integer::sum);
        referrer.putIfAbsent(r, from[0]);
      } else if (sources.add(r)) {
        work.add(r);
      }
    };
    roots.accept(count);
    for (int i = 0; i < work.size(); i++) {
      PyObject o = work.get(i);
      if (o.refcnt < 0) {
        continue;
      }
      from[0] = o;
      o.traverse(count);
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<PyObject, Integer> e : counted.entrySet()) {
      PyObject o = e.getKey();
      if (o.refcnt < 0 || !live.contains(o)) {
        PyObject by = referrer.get(o);
        problems.add("reference to freed object " + Heap.describe(o) + " from "
            + (by == null ? "a root" : Heap.describe(by)));
      }
    }
    for (PyObject o : live) {
      if (o.immortal) {
        continue;
      }
      int expected = counted.getOrDefault(o, 0);
      if (o.refcnt < expected || (exact && o.refcnt != expected)) {
        problems.add(Heap.describe(o) + " refcnt=" + o.refcnt + " but " + expected + " references exist");
      }
    }
    return problems;
  }
}
