package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyDescriptor;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;

/**
 * The descriptor protocol (Objects/descrobject.c's property, typeobject.c's slot_tp_descr_get/set): what an
 * attribute found on a type does when it is read, stored or deleted through an instance or the class. A
 * property calls its fget/fset/fdel; an instance of a class defining {@code __get__}, {@code __set__} or
 * {@code __delete__} has them called with borrowed arguments (the caller keeps the descriptor and the object).
 * A data descriptor (a property, or a class with {@code __set__} or {@code __delete__}) wins over the instance's
 * dict; one with only {@code __get__} loses to it.
 */
public final class Descriptors {
  private Descriptors() {}

  /** Whether {@code attr} is a data descriptor (PyDescr_IsData: tp_descr_set is filled). */
  public static boolean isData(PyObject attr) {
    if (attr instanceof PyDescriptor d) {
      return d.kind == PyDescriptor.Kind.PROPERTY;
    }
    return isUserDescriptor(attr) && (attr.type.lookup("__set__") != null || attr.type.lookup("__delete__") != null);
  }

  /** Whether {@code attr} is an instance of a class defining {@code __get__}. */
  public static boolean hasGet(PyObject attr) {
    return isUserDescriptor(attr) && attr.type.lookup("__get__") != null;
  }

  private static boolean isUserDescriptor(PyObject attr) {
    return attr instanceof PyInstance && attr.type.heapType;
  }

  /**
   * tp_descr_get of {@code attr} for {@code obj} (null: read through the class {@code owner}); new reference.
   * A property read through its class is the property itself.
   */
  public static PyObject get(Interp in, PyObject attr, PyObject obj, PyType owner) {
    if (attr instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.PROPERTY) {
      if (obj == null) {
        return in.heap.incref(attr);
      }
      if (d.func == null) {
        throw in.error("AttributeError", "unreadable attribute");
      }
      return in.ops.call(d.func, new PyObject[] {obj}, null);
    }
    return in.ops.callSpecial(attr, "__get__", obj == null ? in.none() : obj, owner);
  }

  /** Whether reading {@code attr} through a class calls its {@code __get__} (a user descriptor). */
  public static boolean readsThroughClass(PyObject attr) {
    return hasGet(attr);
  }

  /** type_getattro's {@code __get__(None, cls)} of a user descriptor found on {@code cls}; new reference. */
  public static PyObject getThroughClass(Interp in, PyObject attr, PyType cls) {
    return get(in, attr, null, cls);
  }

  /** tp_descr_set storing {@code v} (borrowed) through {@code attr}; false if {@code attr} is no data descriptor. */
  public static boolean set(Interp in, PyObject attr, PyObject obj, String name, PyObject v) {
    if (attr instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.PROPERTY) {
      if (d.setter == null) {
        throw in.error("AttributeError", "can't set attribute '" + name + "'");
      }
      in.heap.decref(in.ops.call(d.setter, new PyObject[] {obj, v}, null));
      return true;
    }
    if (!isData(attr)) {
      return false;
    }
    PyObject r = in.ops.callSpecial(attr, "__set__", obj, v);
    if (r == null) {
      throw in.error("AttributeError", "__set__");
    }
    in.heap.decref(r);
    return true;
  }

  /** tp_descr_set deleting through {@code attr}; false if {@code attr} is no data descriptor. */
  public static boolean delete(Interp in, PyObject attr, PyObject obj, String name) {
    if (attr instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.PROPERTY) {
      if (d.deleter == null) {
        throw in.error("AttributeError", "can't delete attribute '" + name + "'");
      }
      in.heap.decref(in.ops.call(d.deleter, new PyObject[] {obj}, null));
      return true;
    }
    if (!isData(attr)) {
      return false;
    }
    PyObject r = in.ops.callSpecial(attr, "__delete__", obj);
    if (r == null) {
      throw in.error("AttributeError", "__delete__");
    }
    in.heap.decref(r);
    return true;
  }
}
