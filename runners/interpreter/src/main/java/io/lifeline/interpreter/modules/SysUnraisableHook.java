package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Policies;

/**
 * {@code sys.unraisablehook} and {@code sys.__unraisablehook__} (sysmodule.c's sys_unraisablehook, errors.c's
 * _PyErr_WriteUnraisableMsg): both name one built-in function, the default hook, which writes the report to stderr
 * ({@link Interp#writeUnraisable}). The hook receives an {@code UnraisableHookArgs} (a struct sequence in CPython, not
 * exported by sys): exc_type, exc_value, exc_traceback, err_msg and object, released in that order when it dies, as
 * structseq_dealloc releases its items. The type is {@link Interp#unraisableHookArgs}, which the VM instantiates.
 * PyPy names the function {@code __unraisablehook__}.
 */
final class SysUnraisableHook {
  private SysUnraisableHook() {}

  static void install(Interp in, PyModule m) {
    PyType args = NativeModule.newType(in, "UnraisableHookArgs");
    args.layout = PyType.Layout.INSTANCE;
    in.unraisableHookArgs = args;
    boolean pypy = in.policies.reclaim() == Policies.Reclaim.TRACING;
    PyObject hook = new PyNativeFunction(in.types.builtinFunction, pypy ? "__unraisablehook__" : "unraisablehook",
        (i, a, k) -> {
          Args.count(i, "unraisablehook", a, k, 1, 1);
          if (a[0].type != args) {
            throw i.error("TypeError", "sys.unraisablehook argument type must be UnraisableHookArgs");
          }
          i.reportUnraisable(a[0]);
          return i.none();
        }, false);
    NativeModule.put(in, m, "unraisablehook", hook);
    NativeModule.put(in, m, "__unraisablehook__", in.heap.incref(hook));
  }
}
