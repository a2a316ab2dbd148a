package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code functools}: the Python source functools.py beside this class (update_wrapper, wraps, and the Python partial
 * and reduce that the native {@code _functools} replaces where the interpreter has one), run into the module.
 */
public final class FunctoolsPythonModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    NativeModule.runPythonHalf(in, m, "functools.py");
  }
}
