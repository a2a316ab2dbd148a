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
    in.types.staticmethod.slots.getattr = ClassBuiltins::wrapperAttr;
    in.types.classmethod.slots.getattr = ClassBuiltins::wrapperAttr;
    // sm_descr_get / cm_descr_get called explicitly (singledispatchmethod binds what it wraps this way): the callable
    // itself, or the callable bound to the owner class (type(obj) when no owner is given)
    Methods.method(in, in.types.staticmethod, "__get__", (i, a, k) -> {
      Args.count(i, "__get__", a, k, 2, 3);
      return i.heap.incref(((io.lifeline.interpreter.object.PyDescriptor) a[0]).func);
    });
    Methods.method(in, in.types.classmethod, "__get__", (i, a, k) -> {
      Args.count(i, "__get__", a, k, 2, 3);
      PyObject owner = a.length > 2 && a[2] != i.none() ? a[2] : a[1].type;
      return i.newMethod(((io.lifeline.interpreter.object.PyDescriptor) a[0]).func, owner);
    });
  }

  /**
   * staticmethod's and classmethod's own attributes (funcobject.c's sm/cm member and getset lists): {@code __func__},
   * {@code __wrapped__} (CPython 3.10+; not PyPy 7.3.11's 3.9) the callable they hold, {@code __isabstractmethod__}
   * that callable's (sm_get___isabstractmethod__: false when absent); anything else the generic lookup.
   */
  private static PyObject wrapperAttr(Interp i, PyObject o, String name) {
    io.lifeline.interpreter.object.PyDescriptor d = (io.lifeline.interpreter.object.PyDescriptor) o;
    boolean pypy = i.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING;
    return switch (name) {
      case "__func__" -> i.heap.incref(d.func);
      case "__wrapped__" -> pypy ? i.ops.genericGetattr(o, name) : i.heap.incref(d.func);
      case "__isabstractmethod__" ->
          i.heap.incref(i.types.bool(io.lifeline.interpreter.vm.AbstractClasses.isAbstract(i, d.func)));
      case "__doc__", "__name__", "__qualname__", "__module__" -> wrappedMetadata(i, d, name, pypy);
      default -> i.ops.genericGetattr(o, name);
    };
  }

  /**
   * CPython 3.10+ copies the callable's {@code __module__}, {@code __name__}, {@code __qualname__} and {@code __doc__}
   * into the wrapper when it is made (functools_wraps in sm_init/cm_init): read here from the callable. PyPy 7.3.11
   * (3.9) copies nothing: {@code __doc__} is the type's (None in the model), the others are absent.
   */
  private static PyObject wrappedMetadata(Interp i, io.lifeline.interpreter.object.PyDescriptor d, String name,
      boolean pypy) {
    if (!pypy) {
      return i.ops.getattr(d.func, name);
    }
    if (name.equals("__doc__")) {
      PyObject doc = i.ops.genericGetattr(d, name);
      return doc != null ? doc : i.heap.incref(i.none());
    }
    throw i.error("AttributeError", "'" + d.type.name + "' object has no attribute '" + name + "'");
  }
}
