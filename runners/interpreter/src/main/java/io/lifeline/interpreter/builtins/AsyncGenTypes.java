package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;

import io.lifeline.interpreter.object.PyAsyncGenAwaitable;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.AsyncGenerators;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Ops;
import java.util.Arrays;

/**
 * async_generator and its awaitables async_generator_asend and async_generator_athrow (genobject.c): the
 * slots and methods; what they do is {@link AsyncGenerators}.
 */
final class AsyncGenTypes {
  static final Slots.Table<PyGenerator> ASYNC_GENERATOR = Slots.of(PyGenerator.class)
      .repr((i, g) -> "<async_generator object " + g.name + " at " + Ops.address(g) + ">")
      .getattr(GeneratorAttributes::get);
  static final Slots.Table<PyAsyncGenAwaitable> AWAITABLE = Slots.of(PyAsyncGenAwaitable.class)
      .iter((i, o) -> i.heap.incref(o))
      .next((i, o) -> i.vm.asyncGens().send(o, null))
      .repr((i, o) -> "<" + o.type.name + " object at " + Ops.address(o) + ">");

  private AsyncGenTypes() {}

  static void methods(Interp in) {
    PyType gen = in.types.asyncGenerator;
    method(in, gen, "__aiter__", (i, a, k) -> i.heap.incref(a[0]));
    method(in, gen, "__anext__", (i, a, k) -> i.vm.asyncGens().anext((PyGenerator) a[0]));
    method(in, gen, "asend", (i, a, k) -> {
      Args.count(i, "asend", a, k, 2, 2);
      return i.vm.asyncGens().asend((PyGenerator) a[0], a[1]);
    });
    method(in, gen, "athrow", (i, a, k) -> {
      Args.count(i, "athrow", a, k, 2, 4);
      PyObject[] rest = Arrays.copyOfRange(a, 1, a.length);
      for (PyObject o : rest) {
        i.heap.incref(o);
      }
      PyTuple args = i.newTuple(rest);
      return i.vm.asyncGens().athrow((PyGenerator) a[0], args);
    });
    method(in, gen, "aclose", (i, a, k) -> {
      Args.count(i, "aclose", a, k, 1, 1);
      return i.vm.asyncGens().aclose((PyGenerator) a[0]);
    });
    for (PyType t : new PyType[] {in.types.asyncGenASend, in.types.asyncGenAThrow}) {
      awaitableMethods(in, t);
    }
  }

  private static void awaitableMethods(Interp in, PyType t) {
    method(in, t, "__await__", (i, a, k) -> i.heap.incref(a[0]));
    method(in, t, "send", (i, a, k) -> {
      Args.count(i, "send", a, k, 2, 2);
      return i.vm.asyncGens().send((PyAsyncGenAwaitable) a[0], a[1]);
    });
    method(in, t, "throw", (i, a, k) -> {
      Args.count(i, "throw", a, k, 2, 4);
      AsyncGenerators ag = i.vm.asyncGens();
      return ag.throwIn((PyAsyncGenAwaitable) a[0], ag.exceptionToThrow(a[1], a.length > 2 ? a[2] : null));
    });
    method(in, t, "close", (i, a, k) -> {
      Args.count(i, "close", a, k, 1, 1);
      return i.vm.asyncGens().close((PyAsyncGenAwaitable) a[0]);
    });
  }
}
