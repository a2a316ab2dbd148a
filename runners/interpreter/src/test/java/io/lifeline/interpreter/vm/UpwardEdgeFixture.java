package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.modules.ModuleRegistry;

/**
 * Test-only: a vm class that names the modules layer above it (the edge vm.Importer removed from Names).
 * LayeringTest checks that this fails.
 */
final class UpwardEdgeFixture {
  private UpwardEdgeFixture() {}

  static Importer registry() {
    return ModuleRegistry::load;
  }
}
