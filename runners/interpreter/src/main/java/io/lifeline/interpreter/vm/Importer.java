package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyModule;

/**
 * Where IMPORT_NAME finds a module that is not yet in {@code sys.modules} (the import system's finders, reduced to
 * one call). The VM names no module: the backend wiring gives each interpreter the registry of importable modules
 * ({@code modules.ModuleRegistry::load}), which sits above the VM.
 */
@FunctionalInterface
public interface Importer {
  /** An interpreter that can import nothing (every import not in {@code sys.modules} is ModuleNotFoundError). */
  Importer NONE = (in, name) -> null;

  /**
   * The module {@code name}, built and added to {@code in.modules}, or null when there is no such module. A failing
   * build raises (a {@link PyException}) and leaves no module behind.
   */
  PyModule load(Interp in, String name);
}
