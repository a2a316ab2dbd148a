package io.lifeline.real;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.BackendProvider;
import java.util.List;

/**
 * Offers the real interpreters through {@link java.util.ServiceLoader} (registered in
 * {@code META-INF/services/io.lifeline.scenario.BackendProvider}): every discovered interpreter when real
 * interpreters are on, only the hand-added ones when they are off.
 */
public final class RealBackendProvider implements BackendProvider {
  private volatile List<String> diagnostics = List.of();

  @Override
  public List<Backend> backends(BackendOptions options) {
    Discovery discovery =
        options.realInterpreters()
            ? RealInterpreters.discover(options.extraPythons())
            : RealInterpreters.explicit(options.extraPythons());
    diagnostics = discovery.diagnostics();
    return List.copyOf(discovery.backends());
  }

  @Override
  public List<String> diagnostics() {
    return diagnostics;
  }
}
