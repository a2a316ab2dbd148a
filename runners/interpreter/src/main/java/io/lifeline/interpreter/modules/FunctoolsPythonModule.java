package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code functools}: the Python source functools.py beside this class (update_wrapper, wraps, and the Python partial
 * and reduce that the native {@code _functools} replaces where the interpreter has one), run into the module.
 */
public final class FunctoolsPythonModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    String text;
    try (InputStream src = FunctoolsPythonModule.class.getResourceAsStream("functools.py")) {
      text = new String(src.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A Python module's dict counts its references like any object (ModuleRegistry's Python rows): the functions
    // defined here hold it as their globals, and the collector must see those references as internal ones.
    m.dict().immortal = false;
    m.dict().put(in.heap, in.key("__builtins__"), in.builtins);
    in.heap.decref(in.vm.runModule(in.compile(text), m.dict()));
  }
}
