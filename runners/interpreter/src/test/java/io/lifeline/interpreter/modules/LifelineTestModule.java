package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code _lifeline_test}, a module that exists only in the tests: one type, {@code Probe}, with a constructor, a
 * method and a length slot. It is this file plus one row of the test class path's module table, nothing else.
 */
public final class LifelineTestModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    PyType probe = NativeModule.newType(in, "Probe");
    NativeModule.constructor(in, probe, (i, a, k) -> i.heap.register(new PyInstance(probe)));
    NativeModule.method(in, probe, "ping", (i, a, k) -> i.newStr("pong"));
    probe.slots.len = (i, o) -> 3;
    probe.slots.repr = (i, o) -> "<probe>";
    NativeModule.put(in, m, "Probe", probe);
  }
}
