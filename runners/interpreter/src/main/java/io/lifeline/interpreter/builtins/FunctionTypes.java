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
  private FunctionTypes() {}

  static void install(Interp in) {
    Slots f = in.types.function.slots;
    f.call = (i, o, a, k) -> i.vm.callFunction((PyFunction) o, a, k);
    f.callable = (i, o) -> true;
    f.repr = (i, o) -> "<function " + ((PyFunction) o).qualname + " at " + Ops.address(o) + ">";
    f.getattr = (i, o, name) -> {
      PyFunction fn = (PyFunction) o;
      return switch (name) {
        case "__name__" -> i.newStr(fn.name);
        case "__qualname__" -> i.newStr(fn.qualname);
        default -> FunctionAttributes.get(i, fn, name);
      };
    };
    f.setattr = FunctionAttributes::set;
    Slots nf = in.types.builtinFunction.slots;
    nf.call = (i, o, a, k) -> ((PyNativeFunction) o).fn.call(i, a, k);
    nf.callable = f.callable;
    nf.repr = (i, o) -> "<built-in function " + ((PyNativeFunction) o).name + ">";
    Slots m = in.types.method.slots;
    m.call = FunctionTypes::callMethod;
    m.callable = f.callable;
    m.getattr = (i, o, name) -> {
      PyBoundMethod bm = (PyBoundMethod) o;
      return switch (name) {
        case "__self__" -> i.heap.incref(bm.self);
        case "__func__" -> i.heap.incref(bm.func);
        default -> i.ops.genericGetattr(o, name);
      };
    };
  }

  /** method_vectorcall: the function called with {@code self} before the arguments. */
  private static PyObject callMethod(Interp in, PyObject o, PyObject[] args, io.lifeline.interpreter.object.PyTuple k) {
    PyBoundMethod m = (PyBoundMethod) o;
    PyObject[] full = new PyObject[args.length + 1];
    full[0] = m.self;
    System.arraycopy(args, 0, full, 1, args.length);
    return in.ops.call(m.func, full, k);
  }
}
