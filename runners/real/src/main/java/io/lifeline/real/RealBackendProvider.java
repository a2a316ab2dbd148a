package io.lifeline.real;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.BackendProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Offers the real interpreters through {@link java.util.ServiceLoader} (registered in
 * {@code META-INF/services/io.lifeline.scenario.BackendProvider}): every discovered interpreter and GraalPy
 * ({@link GraalPyInstall}) when real interpreters are on, only the hand-added ones when they are off.
 */
public final class RealBackendProvider implements BackendProvider {
  private static Optional<GraalPyBackend> graalpyBackend;
  private static String graalpyNote;
  private volatile List<String> diagnostics = List.of();
  private volatile List<String> notices = List.of();

  @Override
  public List<Backend> backends(BackendOptions options) {
    Discovery discovery =
        options.realInterpreters()
            ? RealInterpreters.discover(options.extraPythons())
            : RealInterpreters.explicit(options.extraPythons());
    List<Backend> backends = new ArrayList<>(discovery.backends());
    diagnostics = discovery.diagnostics();
    notices = List.of();
    if (options.realInterpreters()) {
      graalpy().ifPresent(backends::add);
      notices = List.of(graalpyNote);
    }
    return List.copyOf(backends);
  }

  /** GraalPy, looked for once per JVM: one backend, so one pool of warm hosts, however often this is asked. */
  private static synchronized Optional<GraalPyBackend> graalpy() {
    if (graalpyNote == null) {
      GraalPyInstall.Found found = GraalPyInstall.find();
      graalpyBackend = found.install().map(GraalPyBackend::new);
      graalpyNote = found.note();
    }
    return graalpyBackend;
  }

  @Override
  public List<String> diagnostics() {
    return diagnostics;
  }

  @Override
  public List<String> notices() {
    return notices;
  }
}
