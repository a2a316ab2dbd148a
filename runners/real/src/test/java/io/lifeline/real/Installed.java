package io.lifeline.real;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The interpreters this machine has, for tests that need real ones; a test skips only when none of a kind exists. */
final class Installed {
  private Installed() {}

  static List<RealInterpreterBackend> all() {
    return RealInterpreters.discover().backends();
  }

  static Stream<RealInterpreterBackend> allOrSkip() {
    List<RealInterpreterBackend> all = all();
    assumeTrue(!all.isEmpty(), "no real interpreter found");
    return all.stream();
  }

  static Optional<RealInterpreterBackend> cpython(int minor) {
    return all().stream()
        .filter(b -> b.traits().impl().equals("cpython"))
        .filter(b -> b.traits().get("python").orElse("").startsWith("3." + minor + "."))
        .findFirst();
  }

  static RealInterpreterBackend cpythonOrSkip(int minor) {
    Optional<RealInterpreterBackend> b = cpython(minor);
    assumeTrue(b.isPresent(), "no CPython 3." + minor + " found");
    return b.get();
  }

  static RealInterpreterBackend pypyOrSkip() {
    Optional<RealInterpreterBackend> b =
        all().stream().filter(x -> x.traits().impl().equals("pypy")).findFirst();
    assumeTrue(b.isPresent(), "no PyPy found");
    return b.get();
  }
}
