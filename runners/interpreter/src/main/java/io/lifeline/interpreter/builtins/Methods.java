package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;

/** Methods of the built-in types (method descriptors: LOAD_METHOD pushes them unbound with self). */
final class Methods {
  private Methods() {}

  static void install(Interp in) {
    ListType.methods(in);
    DictType.methods(in);
    SetType.methods(in);
    StrType.methods(in);
    NumberMethods.install(in);
    BytesMethods.install(in);
    ByteArrayType.install(in);
    TupleType.methods(in);
    InstanceType.methods(in);
    TypeType.methods(in);
    ExceptionType.methods(in);
    IteratorTypes.methods(in);
    AsyncGenTypes.methods(in);
    Heap heap = in.heap;
    FrameTypes.frameLocalsProxyMethods(in);
    FrameTypes.codeMethods(in);
    method(in, in.types.frame, "clear", (i, a, k) -> {
      PyFrameObject fo = (PyFrameObject) a[0];
      Frame fr = fo.frame;
      if (fr.owner == Frame.Owner.GENERATOR) {
        PyGenerator g = (PyGenerator) fr.generator;
        if (g.state == PyGenerator.State.RUNNING) {
          throw i.error("RuntimeError", "cannot clear an executing frame");
        }
        if (g.state == PyGenerator.State.SUSPENDED
            && i.policies.frameClear() == io.lifeline.interpreter.vm.Policies.FrameClear.REFUSES) {
          throw i.error("RuntimeError", "cannot clear a suspended frame");
        }
        i.vm.genClose(g);
        return i.none();
      }
      if (!fo.ownsFrame()) {
        throw i.error("RuntimeError", "cannot clear an executing frame");
      }
      fr.clearLocalsAndStack(heap);
      return i.none();
    });
  }

  public static void method(Interp in, PyType t, String name, NativeFn f) {
    NativeFn checked = (i, a, k) -> {
      if (a.length == 0) {
        throw selfError(i, t, name, a);
      }
      try {
        return f.call(i, a, k);
      } catch (ClassCastException e) {
        // a method of one type installed for a family (the iterators) casts self itself: only a self of no
        // type of the family fails there, before anything changed
        if (a[0].type.isSubtypeOf(t)) {
          throw e;
        }
        throw selfError(i, t, name, a);
      }
    };
    PyNativeFunction m = new PyNativeFunction(in.types.builtinFunction, t.name + "." + name, checked, true);
    m.owner = t;
    t.dict.put(in.heap, in.key(name), m);
  }

  /** method_vectorcall's check of self, in CPython's words or PyPy's. */
  private static PyException selfError(Interp in, PyType t, String name, PyObject[] a) {
    if (a.length == 0) {
      return in.error("TypeError", "unbound method " + t.name + "." + name + "() needs an argument");
    }
    return in.error("TypeError", in.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING
        ? "'" + t.name + "' object expected, got '" + a[0].type.name + "' instead"
        : "descriptor '" + name + "' for '" + t.name + "' objects doesn't apply to a '" + a[0].type.name + "' object");
  }

  /** A static method of a built-in type (str.maketrans, bytes.fromhex): called without the instance. */
  static void staticMethod(Interp in, PyType t, String name, NativeFn f) {
    descriptor(in, t, name, io.lifeline.interpreter.object.PyDescriptor.Kind.STATICMETHOD, f);
  }

  /** A class method of a built-in type (dict.fromkeys, int.from_bytes): called with the class first. */
  static void classMethod(Interp in, PyType t, String name, NativeFn f) {
    descriptor(in, t, name, io.lifeline.interpreter.object.PyDescriptor.Kind.CLASSMETHOD, f);
  }

  private static void descriptor(Interp in, PyType t, String name, io.lifeline.interpreter.object.PyDescriptor.Kind kind,
      NativeFn f) {
    PyType dt = kind == io.lifeline.interpreter.object.PyDescriptor.Kind.STATICMETHOD ? in.types.staticmethod
        : in.types.classmethod;
    var d = new io.lifeline.interpreter.object.PyDescriptor(dt, kind,
        new PyNativeFunction(in.types.builtinFunction, t.name + "." + name, f, false));
    d.immortal = true;
    t.dict.put(in.heap, in.key(name), d);
  }
}
