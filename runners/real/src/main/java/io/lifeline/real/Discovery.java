package io.lifeline.real;

import java.util.List;
import java.util.Optional;

/**
 * The result of discovering real interpreters.
 *
 * @param backends one backend per distinct interpreter, CPython before PyPy, each by ascending version
 * @param diagnostics why candidates were skipped (failed probes, unsupported versions, duplicates), in discovery
 *     order; for the caller to show or not
 */
public record Discovery(List<RealInterpreterBackend> backends, List<String> diagnostics) {

  public Discovery {
    backends = List.copyOf(backends);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The backend called {@code name} ({@code real:cpython-3.11.7}), if discovered. */
  public Optional<RealInterpreterBackend> find(String name) {
    return backends.stream().filter(b -> b.name().equals(name)).findFirst();
  }
}
