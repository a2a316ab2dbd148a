package io.lifeline.interpreter.memory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The part of the JVM's heap that model runs may fill together, in CPython's object sizes: each run's {@link Heap}
 * leases it in {@link #CHUNK}s as its objects grow and gives it back when the run ends. A run that cannot lease
 * more gets MemoryError in the program, so runs side by side never take the JVM past its heap.
 */
final class JvmShare {
  static final long CHUNK = 16L << 20;
  /** 40% of the JVM's maximum heap: the model's objects take about twice CPython's sizes on the JVM. */
  static final long CAPACITY = Runtime.getRuntime().maxMemory() / 5 * 2;

  private static final AtomicLong LEASED = new AtomicLong();

  private JvmShare() {}

  /** Takes {@code bytes} of the share; false (taking nothing) if that would exceed it. */
  static boolean lease(long bytes) {
    while (true) {
      long now = LEASED.get();
      if (bytes > CAPACITY - now) {
        return false;
      }
      if (LEASED.compareAndSet(now, now + bytes)) {
        return true;
      }
    }
  }

  static void release(long bytes) {
    LEASED.addAndGet(-bytes);
  }
}
