package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Builtins.*;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyDescriptor;
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
    MappingProxyType.install(in);
    FunctionTypes.install(in);
    SliceType.install(in);
    ClassHooks.install(in);
    TypeNew.install(in);
    ctor(in, in.types.staticmethod, (i, a, k) -> {
      Args.count(i, "staticmethod", a, k, 1, 1);
      return wraps(i, heap.register(new PyDescriptor(i.types.staticmethod, PyDescriptor.Kind.STATICMETHOD,
          heap.incref(a[0]))));
    });
    ctor(in, in.types.classmethod, (i, a, k) -> {
      Args.count(i, "classmethod", a, k, 1, 1);
      return wraps(i, heap.register(new PyDescriptor(i.types.classmethod, PyDescriptor.Kind.CLASSMETHOD,
          heap.incref(a[0]))));
    });
    for (PyType t : new PyType[] {in.types.staticmethod, in.types.classmethod}) {
      in.builtins.put(heap, in.key(t.name), t);
      t.slots.getattr = ClassBuiltins::wrapperAttr;
      t.slots.setattr = (i, o, name, v) -> wrapperSetattr(i, (PyDescriptor) o, name, v);
      t.slots.delattr = (i, o, name) -> wrapperSetattr(i, (PyDescriptor) o, name, null);
    }
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

  /** The attributes sm_init/cm_init copy from the callable on CPython 3.10+ (functools_wraps), in its order. */
  private static final String[] WRAPPED = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

  /**
   * sm_init/cm_init on CPython 3.10+: functools_wraps copies each of {@link #WRAPPED} the callable has into the new
   * wrapper's dict (an AttributeError skips the name). PyPy 7.3.11 (3.9) copies nothing. Returns {@code d}.
   */
  private static PyObject wraps(Interp in, PyDescriptor d) {
    if (in.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING) {
      return d;
    }
    try {
      for (String name : WRAPPED) {
        PyObject v = in.ops.getattrOrNull(d.func, name);
        if (v != null) {
          dictOf(in, d).put(in.heap, in.key(name), v);
        }
      }
    } catch (PyException e) {
      in.heap.decref(d);
      throw e;
    }
    return d;
  }

  /** The wrapper's attribute dict, made empty when first needed (PyObject_GenericGetDict). Borrowed. */
  private static PyDict dictOf(Interp in, PyDescriptor d) {
    if (d.dict == null) {
      d.dict = in.newDict();
    }
    return d.dict;
  }

  /**
   * staticmethod's and classmethod's own attributes (funcobject.c's sm/cm member and getset lists): {@code __func__},
   * {@code __wrapped__} (CPython 3.10+; not PyPy 7.3.11's 3.9) the callable they hold, {@code __isabstractmethod__}
   * that callable's (sm_get___isabstractmethod__: false when absent), {@code __dict__}; then the attribute dict,
   * then the generic lookup (PyPy: {@code __doc__} the type's).
   */
  private static PyObject wrapperAttr(Interp i, PyObject o, String name) {
    PyDescriptor d = (PyDescriptor) o;
    boolean pypy = i.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING;
    switch (name) {
      case "__func__":
        return i.heap.incref(d.func);
      case "__wrapped__":
        return pypy ? i.ops.genericGetattr(o, name) : i.heap.incref(d.func);
      case "__isabstractmethod__":
        return i.heap.incref(i.types.bool(io.lifeline.interpreter.vm.AbstractClasses.isAbstract(i, d.func)));
      case "__dict__":
        return i.heap.incref(dictOf(i, d));
      default:
        break;
    }
    PyObject v = d.dict == null ? null : d.dict.getStr(name);
    if (v != null) {
      return i.heap.incref(v);
    }
    if (pypy && name.equals("__doc__")) {
      PyObject doc = i.ops.genericGetattr(d, name);
      return doc != null ? doc : i.heap.incref(i.none());
    }
    return i.ops.genericGetattr(o, name);
  }

  /** Storing ({@code v}) or deleting (null) an attribute of a staticmethod or classmethod: its dict. */
  private static void wrapperSetattr(Interp in, PyDescriptor d, String name, PyObject v) {
    if (name.equals("__func__") || name.equals("__wrapped__") || name.equals("__isabstractmethod__")) {
      throw in.error("AttributeError", "readonly attribute");
    }
    if (name.equals("__dict__")) {
      if (!(v instanceof PyDict nd)) {
        throw in.error("TypeError", "__dict__ must be set to a dictionary, not a '"
            + (v == null ? "NoneType" : v.type.name) + "'");
      }
      PyDict old = d.dict;
      d.dict = in.heap.incref(nd);
      in.heap.xdecref(old);
      return;
    }
    if (v != null) {
      dictOf(in, d).put(in.heap, in.key(name), in.heap.incref(v));
    } else if (d.dict == null || !d.dict.remove(in.heap, in.key(name))) {
      throw in.error("AttributeError", "'" + d.type.name + "' object has no attribute '" + name + "'");
    }
  }
}
