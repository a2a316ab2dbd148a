package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyBoundMethod;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Ops;

/** The callables: {@code function}, {@code builtin_function_or_method} and {@code method} (bound methods). */
final class FunctionTypes {
  static final Slots.Table<PyFunction> FUNCTION = Slots.of(PyFunction.class)
      .call((i, fn, a, k) -> i.vm.callFunction(fn, a, k))
      .callable(FunctionTypes::callable)
      .repr((i, fn) -> "<function " + fn.qualname + " at " + Ops.address(fn) + ">")
      .getattr((i, fn, name) -> switch (name) {
        case "__name__" -> i.newStr(fn.name);
        case "__qualname__" -> i.newStr(fn.qualname);
        default -> FunctionAttributes.get(i, fn, name);
      })
      .setattr(FunctionAttributes::set);
  static final Slots.Table<PyNativeFunction> BUILTIN_FUNCTION = Slots.of(PyNativeFunction.class)
      .call((i, nf, a, k) -> nf.owner == null ? nf.fn.call(i, a, k) : BuiltinSubclasses.callMethod(i, nf, a, k))
      .callable(FunctionTypes::callable)
      .repr((i, nf) -> "<built-in function " + nf.name + ">");
  /** method_vectorcall calls the function with {@code self} before the arguments. */
  static final Slots.Table<PyBoundMethod> METHOD = Slots.of(PyBoundMethod.class)
      .call((i, m, a, k) -> i.ops.call(m.func(), Args.prepend(m.self(), a), k))
      .callable(FunctionTypes::callable)
      .getattr((i, m, name) -> switch (name) {
        case "__self__" -> i.heap.incref(m.self());
        case "__func__" -> i.heap.incref(m.func());
        default -> methodAttribute(i, m, name);
      });

  private FunctionTypes() {}

  /** func_descr_get as {@code function.__get__(obj, type=None)}: the function itself for None, else a bound method. */
  static void install(Interp in) {
    Methods.method(in, in.types.function, "__get__", (i, a, k) -> {
      Args.count(i, "__get__", a, k, 2, 3);
      return a[1] == i.none() ? i.heap.incref(a[0]) : i.newMethod(a[0], a[1]);
    });
  }

  /** method_getattro: the method type's attribute, else the function's ({@code __name__}, {@code __doc__}...). */
  private static PyObject methodAttribute(Interp in, PyBoundMethod m, String name) {
    PyObject r = in.ops.genericGetattr(m, name);
    return r != null ? r : in.ops.getattrOrNull(m.func(), name);
  }

  private static boolean callable(Interp in, PyObject o) {
    return true;
  }
}
