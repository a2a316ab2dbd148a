package io.lifeline.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The column order of the matrix: by implementation, then by language version (major.minor), a model before the
 * real interpreter it models, so each model sits next to its real counterpart; then by full version and name.
 */
public final class MatrixColumns {
  private MatrixColumns() {}

  /** A backend as the matrix sees it: its name and traits. */
  public record Backend(String name, Map<String, String> traits) {
    String impl() {
      return traits.getOrDefault("impl", "");
    }

    String version() {
      return traits.getOrDefault("version", "");
    }

    boolean isReal() {
      return "real".equals(traits.get("kind"));
    }
  }

  /** The backends in column order. */
  public static List<Backend> order(List<Backend> backends) {
    List<Backend> sorted = new ArrayList<>(backends);
    // Not Comparator's combinators, whose lambda classes are spun at run time (a cost to every short command).
    sorted.sort((a, b) -> {
      int c = a.impl().compareTo(b.impl());
      if (c == 0) {
        c = versionKey(a.version(), 2).compareTo(versionKey(b.version(), 2));
      }
      if (c == 0) {
        c = Boolean.compare(a.isReal(), b.isReal());
      }
      if (c == 0) {
        c = versionKey(a.version(), 9).compareTo(versionKey(b.version(), 9));
      }
      return c != 0 ? c : a.name().compareTo(b.name());
    });
    return sorted;
  }

  /** The first {@code parts} numeric components of a version, zero-padded so strings sort numerically. */
  static String versionKey(String version, int parts) {
    String[] split = version.split("[^0-9]+");
    StringBuilder sb = new StringBuilder();
    int taken = 0;
    for (String s : split) {
      if (s.isEmpty() || taken == parts) {
        continue;
      }
      sb.append("0".repeat(Math.max(0, 6 - s.length()))).append(s).append('.');
      taken++;
    }
    return sb.toString();
  }
}
