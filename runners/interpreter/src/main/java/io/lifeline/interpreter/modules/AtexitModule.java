package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;
import java.util.ArrayList;

/**
 * {@code atexit} (Modules/atexitmodule.c): handlers kept in {@code _handlers}, which the run's shutdown calls
 * last-registered first ({@code Run.runAtexitHandlers}); a run that never imports atexit has none.
 */
public final class AtexitModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    PyList handlers = in.newList(new ArrayList<>());
    m.dict().put(in.heap, in.key("_handlers"), handlers);
    function(in, m, "register", (i, a, k) -> {
      Args.count(i, "register", a, k, 1, 1);
      handlers.items.add(i.heap.incref(a[0]));
      return i.heap.incref(a[0]);
    });
  }
}
