package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code time} (Modules/timemodule.c): the real clocks (monotonic, perf_counter, time and their _ns forms) and
 * sleep, which really waits. Nothing here holds a reference; the values differ from run to run as on CPython.
 */
public final class TimeModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    function(in, m, "monotonic", (i, a, k) -> i.newFloat(System.nanoTime() / 1e9));
    function(in, m, "perf_counter", (i, a, k) -> i.newFloat(System.nanoTime() / 1e9));
    function(in, m, "time", (i, a, k) -> i.newFloat(System.currentTimeMillis() / 1e3));
    function(in, m, "monotonic_ns", (i, a, k) -> i.newInt(System.nanoTime()));
    function(in, m, "perf_counter_ns", (i, a, k) -> i.newInt(System.nanoTime()));
    function(in, m, "time_ns", (i, a, k) -> i.newInt(System.currentTimeMillis() * 1_000_000L));
    function(in, m, "sleep", (i, a, k) -> {
      Args.count(i, "sleep", a, k, 1, 1);
      double seconds = a[0] instanceof PyFloat f ? f.value : a[0] instanceof PyInt n ? n.small : Double.NaN;
      if (!(seconds >= 0)) {
        throw i.error(seconds < 0 ? "ValueError" : "TypeError", seconds < 0 ? "sleep length must be non-negative"
            : "'" + a[0].type.name + "' object cannot be interpreted as an integer");
      }
      try {
        Thread.sleep((long) (seconds * 1000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return i.none();
    });
  }
}
