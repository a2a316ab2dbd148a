package io.lifeline.real;

import java.util.Comparator;

/**
 * A release number as an interpreter reports it: {@code major.minor.micro} plus an optional pre-release
 * suffix ({@code a1}, {@code rc2}). Only the numeric part takes part in comparisons; the suffix is kept for names.
 */
record Release(int major, int minor, int micro, String suffix) implements Comparable<Release> {

  private static final Comparator<Release> ORDER =
      Comparator.comparingInt(Release::major).thenComparingInt(Release::minor).thenComparingInt(Release::micro);

  Release {
    suffix = suffix == null ? "" : suffix;
  }

  static Release of(int major, int minor, int micro) {
    return new Release(major, minor, micro, "");
  }

  /**
   * Builds a version from the fields of a {@code sys.version_info}-like tuple: release level
   * {@code final} gives no suffix, {@code alpha}/{@code beta}/{@code candidate} give {@code a}/{@code b}/{@code rc}
   * followed by the serial.
   */
  static Release fromInfo(int major, int minor, int micro, String releaseLevel, int serial) {
    String suffix =
        switch (releaseLevel) {
          case "final" -> "";
          case "alpha" -> "a" + serial;
          case "beta" -> "b" + serial;
          case "candidate" -> "rc" + serial;
          default -> releaseLevel + serial;
        };
    return new Release(major, minor, micro, suffix);
  }

  boolean atLeast(int major, int minor) {
    return compareTo(of(major, minor, 0)) >= 0;
  }

  boolean atLeast(int major, int minor, int micro) {
    return compareTo(of(major, minor, micro)) >= 0;
  }

  @Override
  public int compareTo(Release other) {
    return ORDER.compare(this, other);
  }

  /** {@code 3.11.7}, {@code 3.14.0a1}. */
  @Override
  public String toString() {
    return major + "." + minor + "." + micro + suffix;
  }
}
