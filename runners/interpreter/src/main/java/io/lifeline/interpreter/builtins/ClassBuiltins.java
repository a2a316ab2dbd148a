package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Builtins.*;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyRange;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import io.lifeline.scenario.EventLimits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The builtins that build classes and their descriptors: __build_class__, super, property, staticmethod, classmethod. */
final class ClassBuiltins {
  private ClassBuiltins() {}

  static void install(Interp in) {
    fn(in, "__build_class__", Builtins::buildClass);
    fn(in, "super", Builtins::superNew);
  }

  static void descriptors(Interp in) {
    Heap heap = in.heap;
    PropertyType.install(in);
    FunctionTypes.install(in);
    SliceType.install(in);
    ClassHooks.install(in);
    TypeNew.install(in);
    fn(in, "staticmethod", (i, a, k) -> {
      Args.count(i, "staticmethod", a, k, 1, 1);
      return heap.register(new io.lifeline.interpreter.object.PyDescriptor(i.types.staticmethod,
          io.lifeline.interpreter.object.PyDescriptor.Kind.STATICMETHOD, heap.incref(a[0])));
    });
    fn(in, "classmethod", (i, a, k) -> {
      Args.count(i, "classmethod", a, k, 1, 1);
      return heap.register(new io.lifeline.interpreter.object.PyDescriptor(i.types.classmethod,
          io.lifeline.interpreter.object.PyDescriptor.Kind.CLASSMETHOD, heap.incref(a[0])));
    });
    in.types.staticmethod.slots.getattr = ClassBuiltins::wrappedCallable;
    in.types.classmethod.slots.getattr = ClassBuiltins::wrappedCallable;
  }

  /** sm_memberlist / cm_memberlist: {@code __func__} and {@code __wrapped__} are the wrapped callable itself. */
  private static PyObject wrappedCallable(Interp in, PyObject o, String name) {
    if (name.equals("__func__") || name.equals("__wrapped__")) {
      return in.heap.incref(((io.lifeline.interpreter.object.PyDescriptor) o).func);
    }
    return in.ops.genericGetattr(o, name);
  }
}
