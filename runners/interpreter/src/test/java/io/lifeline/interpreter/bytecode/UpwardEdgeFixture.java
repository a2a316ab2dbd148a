package io.lifeline.interpreter.bytecode;

import io.lifeline.interpreter.object.PyObject;

/** Test-only: a bytecode class that names the object layer above it. LayeringTest checks that this fails. */
final class UpwardEdgeFixture {
  private UpwardEdgeFixture() {}

  static boolean isObject(Object o) {
    return o instanceof PyObject;
  }
}
