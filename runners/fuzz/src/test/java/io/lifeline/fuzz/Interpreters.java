package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.fail;

import io.lifeline.real.RealInterpreterBackend;
import io.lifeline.real.RealInterpreters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real interpreters tests use, found once per JVM: CPython 3.11 is required (CI has it), 3.10 for the seeded
 * divergence. Fork servers are shared by every test and stop with the JVM (their stdin closes).
 */
final class Interpreters {
  private static final Map<String, ForkServerBackend> SERVERS = new ConcurrentHashMap<>();

  private Interpreters() {}

  /** The newest real CPython with this major.minor version; fails the test when there is none. */
  static RealInterpreterBackend cpython(String minor) {
    return RealInterpreters.discover().backends().stream()
        .filter(b -> b.traits().impl().equals("cpython") && b.traits().version().startsWith(minor + "."))
        .reduce((a, b) -> b)
        .orElseGet(() -> fail("these tests need a real CPython " + minor + " (python" + minor + " on PATH or pyenv)"));
  }

  /** A fork server of {@link #cpython}, two processes, shared. */
  static ForkServerBackend forkServer(String minor) {
    return SERVERS.computeIfAbsent(minor, m -> new ForkServerBackend(cpython(m), 2));
  }
}
