package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code _lifeline_test}, a module that exists only in the tests: one type, {@code Probe}, with a constructor, a
 * method and two slots (len: the number of ping() calls; repr). It is this file plus one row of the test class
 * path's module table, nothing else (the shape of the README's worked example).
 */
public final class LifelineTestModule implements NativeModule {
  /** A Probe instance: an object-like instance with one Java field. */
  static final class Probe extends PyInstance {
    long pings;

    Probe(PyType t) {
      super(t);
    }
  }

  @Override
  public void exec(Interp in, PyModule m) {
    PyType probe = NativeModule.newType(in, "Probe");
    NativeModule.constructor(in, probe, (i, a, k) -> i.heap.register(new Probe(probe)));
    NativeModule.method(in, probe, "ping", (i, a, k) -> {
      ((Probe) a[0]).pings++;
      return i.newStr("pong");
    });
    Slots.of(Probe.class).len((i, p) -> p.pings).repr((i, p) -> "<probe>").fill(probe);
    NativeModule.put(in, m, "Probe", probe);
  }
}
