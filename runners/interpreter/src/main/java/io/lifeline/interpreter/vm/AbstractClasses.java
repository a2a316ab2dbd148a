package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import java.util.TreeSet;

/**
 * object_new's refusal to instantiate an abstract class (Py_TPFLAGS_IS_ABSTRACT, set by abc.ABCMeta from
 * {@code __abstractmethods__}): the names whose value, as the class resolves them, has a true
 * {@code __isabstractmethod__}. The model computes them when the class is called, from its MRO, which gives what
 * ABCMeta.__new__ computed for a class whose namespace did not change since.
 */
public final class AbstractClasses {
  private AbstractClasses() {}

  /** Raises CPython's TypeError when {@code t} (a class whose metaclass is not type) has abstract methods. */
  static void check(Interp in, PyType t) {
    TreeSet<String> names = new TreeSet<>();
    for (PyType c : t.mro) {
      if (!c.heapType || c.dict == null) {
        continue;
      }
      for (PyDict.Entry e : c.dict.entries()) {
        if (e.key instanceof PyStr name && !names.contains(name.value) && isAbstract(in, t.lookup(name.value))) {
          names.add(name.value);
        }
      }
    }
    if (names.isEmpty()) {
      return;
    }
    String plural = names.size() > 1 ? "s" : "";
    String message = in.policies.wording().atLeast(Policies.Wording.CPYTHON_312)
        ? "Can't instantiate abstract class " + t.name + " without an implementation for abstract method" + plural
            + " '" + String.join("', '", names) + "'"
        : "Can't instantiate abstract class " + t.name + " with abstract method" + plural + " "
            + String.join(", ", names);
    throw in.error("TypeError", message);
  }

  /** _PyObject_IsAbstract: {@code v} (null: absent) has a true {@code __isabstractmethod__}. */
  public static boolean isAbstract(Interp in, PyObject v) {
    if (v == null) {
      return false;
    }
    PyObject flag = in.ops.getattrOrNull(v, "__isabstractmethod__");
    try {
      return flag != null && in.ops.truthy(flag);
    } finally {
      in.heap.xdecref(flag);
    }
  }
}
