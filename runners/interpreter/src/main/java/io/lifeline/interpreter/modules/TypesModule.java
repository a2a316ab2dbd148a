package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;

/** {@code types} (Lib/types.py's native parts): coroutine marking and the generator and coroutine types. */
public final class TypesModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    function(in, m, "coroutine", (i, a, k) -> {
      Args.count(i, "coroutine", a, k, 1, 1);
      if (a[0] instanceof PyFunction f && (f.code.flags & PyCode.CO_GENERATOR) != 0) {
        f.iterableCoroutine = true;
      }
      return i.heap.incref(a[0]);
    });
    m.dict.put(in.heap, in.key("CoroutineType"), in.types.coroutine);
    m.dict.put(in.heap, in.key("GeneratorType"), in.types.generator);
  }
}
