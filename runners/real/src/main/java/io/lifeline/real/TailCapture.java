package io.lifeline.real;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Drains one output stream of a child process on a daemon thread, keeping only the last {@code limit} bytes.
 *
 * <p>Invariant: memory use is bounded by {@code limit} however much the child writes, so a program that prints
 * forever cannot exhaust the JVM; it still cannot block on a full pipe, because the stream is always drained.
 */
final class TailCapture {
  static final int DEFAULT_LIMIT = 64 * 1024;

  private final byte[] ring;
  private final Thread pump;
  private long total;

  private TailCapture(InputStream in, int limit, String threadName) {
    this.ring = new byte[limit];
    this.pump = new Thread(() -> drain(in), threadName);
    pump.setDaemon(true);
  }

  /** Starts draining {@code in}; the stream is closed when it reaches its end. */
  static TailCapture start(InputStream in, int limit, String threadName) {
    TailCapture capture = new TailCapture(in, limit, threadName);
    capture.pump.start();
    return capture;
  }

  private void drain(InputStream in) {
    byte[] chunk = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(chunk)) > 0) {
        append(chunk, n);
      }
    } catch (IOException e) {
      // The stream was closed under us (process destroyed); what was read so far stands.
    }
  }

  private synchronized void append(byte[] chunk, int n) {
    for (int i = 0; i < n; i++) {
      ring[(int) (total++ % ring.length)] = chunk[i];
    }
  }

  /**
   * Waits up to {@code grace} for the stream to end. It may not end: a grandchild that outlived the process can
   * hold the pipe open. The capture is then read as it stands and the pump is abandoned (it is a daemon).
   */
  boolean awaitEnd(Duration grace) throws InterruptedException {
    pump.join(Math.max(1, grace.toMillis()));
    return !pump.isAlive();
  }

  /** Total bytes the child wrote, including those no longer kept. */
  synchronized long total() {
    return total;
  }

  /** The kept tail decoded as UTF-8 (malformed bytes replaced), prefixed with a note when bytes were dropped. */
  synchronized String text() {
    int kept = (int) Math.min(total, ring.length);
    byte[] out = new byte[kept];
    long start = total - kept;
    for (int i = 0; i < kept; i++) {
      out[i] = ring[(int) ((start + i) % ring.length)];
    }
    String text = new String(out, StandardCharsets.UTF_8);
    return start == 0 ? text : "[... " + start + " earlier bytes dropped ...]\n" + text;
  }
}
