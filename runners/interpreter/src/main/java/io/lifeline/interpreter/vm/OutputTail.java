package io.lifeline.interpreter.vm;

/**
 * A run's captured output stream ({@code print}, {@code sys.stdout}, "Exception ignored in" reports), keeping only
 * the last {@link #LIMIT} characters, as the real backends keep the last 64 KiB of a process's output.
 *
 * <p>Invariant: memory use is bounded by about twice {@code LIMIT} however much a program prints, so printing
 * 200 MB costs the JVM nothing; {@link #toString} notes how many characters were dropped.
 */
public final class OutputTail {
  public static final int LIMIT = 64 * 1024;

  private final StringBuilder kept = new StringBuilder();
  private long dropped;

  public OutputTail append(CharSequence s) {
    kept.append(s);
    trim();
    return this;
  }

  public OutputTail append(char c) {
    kept.append(c);
    trim();
    return this;
  }

  private void trim() {
    int excess = kept.length() - 2 * LIMIT;
    if (excess > 0) {
      int cut = kept.length() - LIMIT;
      kept.delete(0, cut);
      dropped += cut;
    }
  }

  /** Whether nothing was written. */
  public boolean isEmpty() {
    return dropped == 0 && kept.length() == 0;
  }

  /** The kept tail, prefixed with a note when characters were dropped. */
  @Override
  public String toString() {
    String tail = kept.length() > LIMIT ? kept.substring(kept.length() - LIMIT) : kept.toString();
    long lost = dropped + (kept.length() - tail.length());
    return lost == 0 ? tail : "[... " + lost + " earlier characters dropped ...]\n" + tail;
  }
}
