package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code functools}: the Python source functools.py beside this class (update_wrapper, wraps, and the Python partial
 * and reduce that the native {@code _functools} replaces where the interpreter has one), run into the module, then
 * one callable per public name the model does not model yet, so that using it (as a decorator or a call) is the
 * located "functools.NAME is not supported by the model" error rather than an AttributeError CPython never raises.
 */
public final class FunctoolsPythonModule implements NativeModule {
  /** CPython 3.11's public functools names that functools.py does not define (lru_cache and cache only on CPython). */
  static final List<String> UNMODELLED = List.of("lru_cache", "cache",
      "singledispatchmethod", "partialmethod");

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
    m.dict.immortal = false;
    m.dict.put(in.heap, in.key("__builtins__"), in.builtins);
    in.heap.decref(in.vm.runModule(in.compile(text), m.dict));
    for (String name : UNMODELLED) {
      if (m.dict.getStr(name) != null) {
        continue;
      }
      NativeModule.function(in, m, name, (i, a, k) -> {
        throw i.unsupported("functools." + name);
      });
    }
  }
}
