package io.lifeline.fuzz;

/** Whether a source compiles on a reference interpreter (the shrinker's validity check: real CPython 3.11). */
@FunctionalInterface
public interface CompileCheck {

  /** Null when {@code source} compiles, else why not; a check that cannot run says so (and the candidate fails). */
  String error(String source);

  /** Accepts everything: for when no reference interpreter is available. */
  CompileCheck NONE = source -> null;

  /** A check through {@code server}'s interpreter. */
  static CompileCheck on(ForkServerBackend server) {
    return source -> {
      try {
        return server.compileError(source);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      } catch (java.io.IOException | RuntimeException e) {
        return "compile check failed: " + e.getMessage();
      }
    };
  }
}
