package io.lifeline.interpreter.memory;

/**
 * gc.callbacks (Modules/gcmodule.c invoke_gc_callback): what runs around every collection of the cycle collector,
 * automatic or gc.collect(), while it counts as collecting (a gc.collect() inside returns 0). The gc module
 * installs the invoker over its callbacks list; before any, nothing runs.
 */
@FunctionalInterface
public interface CollectionCallbacks {
  CollectionCallbacks NONE = (phase, generation, collected, uncollectable) -> {};

  /** {@code phase} is "start" (with 0, 0) before the collection and "stop" after it, with its statistics. */
  void invoke(String phase, int generation, int collected, int uncollectable);
}
