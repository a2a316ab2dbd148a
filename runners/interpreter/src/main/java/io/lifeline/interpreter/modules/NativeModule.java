package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;

/**
 * A module written in Java (CPython's extension module with its exec slot): one class per module, named in the
 * module registry ({@link ModuleRegistry}), instantiated and run on the module's first import. The class holds its
 * module's types, functions and per-backend differences; a Python half, if any, is a separate registry row.
 */
public interface NativeModule {
  /**
   * Fills {@code m}, already in {@code sys.modules} and immortal, like a built-in module's exec function.
   * May raise a guest exception; the module is then removed again.
   */
  void exec(Interp in, PyModule m);

  /**
   * Runs the Python half {@code file} (a resource beside this interface) into {@code m}'s dict. The dict then counts
   * its references like any object: the functions defined there hold it as their globals, and the collector must see
   * those references as internal ones.
   */
  static void runPythonHalf(Interp in, PyModule m, String file) {
    String text;
    try (java.io.InputStream src = NativeModule.class.getResourceAsStream(file)) {
      if (src == null) {
        throw new IllegalStateException("no module resource " + file + " beside NativeModule");
      }
      text = new String(src.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    m.dict().immortal = false;
    m.dict().put(in.heap, in.key("__builtins__"), in.builtins);
    in.heap.decref(in.vm.runModule(in.compile(text), m.dict()));
  }

  /** Adds the built-in function {@code name} to {@code m}. */
  static void function(Interp in, PyModule m, String name, NativeFn f) {
    m.dict().put(in.heap, in.key(name), new PyNativeFunction(in.types.builtinFunction, name, f, false));
  }

  /**
   * A new immortal built-in type {@code name} (a static type in CPython: no heap type, no subclassing) whose
   * instances are {@code object}-like; its constructor is {@code __new__} in its dict.
   */
  static PyType newType(Interp in, String name) {
    PyType t = new PyType(in.types.type, name, in.types.object, new PyDict(null), false, PyType.Layout.BUILTIN);
    t.immortal = true;
    t.dict.immortal = true;
    return t;
  }

  /** Adds the method {@code name} (a native descriptor) to the built-in type {@code t}. */
  static void method(Interp in, PyType t, String name, NativeFn f) {
    t.dict.put(in.heap, in.key(name), new PyNativeFunction(in.types.builtinFunction, t.name + "." + name, f, true));
  }

  /** Sets the constructor of the built-in type {@code t} (its {@code __new__}). */
  static void constructor(Interp in, PyType t, NativeFn f) {
    t.dict.put(in.heap, in.key("__new__"), new PyNativeFunction(in.types.builtinFunction, t.name, f, false));
  }

  /** Adds {@code value} (a new reference, which the module takes) to {@code m} under {@code name}. */
  static void put(Interp in, PyModule m, String name, PyObject value) {
    m.dict().put(in.heap, in.key(name), value);
  }
}
