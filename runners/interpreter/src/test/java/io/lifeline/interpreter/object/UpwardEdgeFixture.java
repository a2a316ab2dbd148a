package io.lifeline.interpreter.object;

import io.lifeline.interpreter.vm.Interp;

/**
 * Test-only: an object class, not on LayeringTest's allow-list, that names vm.Interp (the target the allow-list
 * admits from NativeFn and Slots only). LayeringTest checks that this fails.
 */
final class UpwardEdgeFixture {
  private UpwardEdgeFixture() {}

  static PyObject none(Interp in) {
    return in.none();
  }
}
