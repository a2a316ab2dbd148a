package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;
import java.util.List;

/**
 * {@code collections}: {@code deque} native as CPython's C type ({@link DequeType}); the other public names are
 * callables that raise the located "collections.NAME is not supported by the model" (CPython's defaultdict and
 * OrderedDict are C dict subtypes and Counter a Python dict subclass, which the model's dict cannot be yet).
 */
public final class CollectionsModule implements NativeModule {
  /** CPython's public collections names the model does not model yet. */
  static final List<String> UNMODELLED = List.of("defaultdict", "OrderedDict", "Counter", "namedtuple", "ChainMap",
      "UserDict", "UserList", "UserString");

  @Override
  public void exec(Interp in, PyModule m) {
    NativeModule.put(in, m, "deque", DequeType.install(in));
    for (String name : UNMODELLED) {
      NativeModule.function(in, m, name, (i, a, k) -> {
        throw i.unsupported("collections." + name);
      });
    }
  }
}
