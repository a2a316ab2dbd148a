package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code _collections}: {@code deque} native as CPython's C type ({@link DequeType}); collections.py beside this
 * class is the rest of {@code collections}.
 */
public final class CollectionsModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    NativeModule.put(in, m, "deque", DequeType.install(in));
  }
}
