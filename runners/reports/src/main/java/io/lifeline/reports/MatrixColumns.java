package io.lifeline.reports;

import java.util.ArrayList;
import java.util.Comparator;
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
    sorted.sort(Comparator.comparing(Backend::impl)
        .thenComparing(b -> versionKey(b.version(), 2))
        .thenComparing(Backend::isReal)
        .thenComparing(b -> versionKey(b.version(), 9))
        .thenComparing(Backend::name));
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
