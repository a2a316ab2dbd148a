package io.lifeline.scenario;

import java.util.List;

/**
 * Supplies backends, found through {@link java.util.ServiceLoader}: the real-interpreter module and the
 * in-repo interpreter each register one, so the runner depends on neither.
 */
public interface BackendProvider {

  /** The backends this provider offers under the given options; never throws (skip what cannot be offered). */
  List<Backend> backends(BackendOptions options);

  /** Human-readable notes from the last {@link #backends} call (a candidate interpreter that failed to probe). */
  default List<String> diagnostics() {
    return List.of();
  }

  /**
   * Notes from the last {@link #backends} call that {@code lifeline backends} always shows: how a backend that is
   * not an ordinary find was found, or why one the user may expect is missing (GraalPy without a JDK 21+).
   */
  default List<String> notices() {
    return List.of();
  }
}
