package io.lifeline.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A dotted version such as {@code 3.10} or {@code 3.10.13}, compared component by component as numbers
 * (so 3.10 is after 3.9, and 3.1, 3.10 and 3.100 are three different versions).
 *
 * @param components the numeric components, at least one, each non-negative
 */
public record Version(List<Integer> components) implements Comparable<Version> {

  private static final Pattern STRICT = Pattern.compile("\\d+(\\.\\d+)*");
  private static final Pattern LEADING_DIGITS = Pattern.compile("^\\d+");

  public Version {
    components = List.copyOf(components);
    if (components.isEmpty()) {
      throw new IllegalArgumentException("a version needs at least one component");
    }
  }

  /** Whether {@code text} is digits separated by single dots, the form a version pattern must have. */
  public static boolean isVersion(String text) {
    return STRICT.matcher(text).matches();
  }

  /** Parses digits separated by dots; throws IllegalArgumentException for anything else. */
  public static Version parse(String text) {
    if (!isVersion(text)) {
      throw new IllegalArgumentException("'" + text + "' is not a version (digits separated by dots, e.g. 3.10)");
    }
    List<Integer> parts = new ArrayList<>();
    for (String part : text.split("\\.")) {
      parts.add(component(part, text));
    }
    return new Version(parts);
  }

  /**
   * Reads a backend's version leniently: dot-separated components, where a component with a suffix keeps its
   * leading digits and ends the version ({@code 3.13.0rc1} reads as 3.13.0, {@code 3.13t} as 3.13).
   * Empty when the text does not start with a number.
   */
  public static Optional<Version> parseLenient(String text) {
    List<Integer> parts = new ArrayList<>();
    for (String part : text.split("\\.", -1)) {
      var m = LEADING_DIGITS.matcher(part);
      if (!m.find()) {
        break;
      }
      try {
        parts.add(component(m.group(), text));
      } catch (IllegalArgumentException tooBig) {
        break;
      }
      if (m.end() < part.length()) {
        break;
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(new Version(parts));
  }

  private static int component(String digits, String whole) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + whole + "' has a version component too large: " + digits);
    }
  }

  public int size() {
    return components.size();
  }

  /** Whether this version's first components equal all of {@code prefix}'s: 3.10.13 starts with 3.10, 3.1 does not. */
  public boolean startsWith(Version prefix) {
    return size() >= prefix.size() && components.subList(0, prefix.size()).equals(prefix.components);
  }

  /** This version cut to {@code n} components, or padded with zeros to {@code n}: (3.11.7, 2) is 3.11. */
  public Version truncate(int n) {
    List<Integer> parts = new ArrayList<>(components.subList(0, Math.min(n, size())));
    while (parts.size() < n) {
      parts.add(0);
    }
    return new Version(parts);
  }

  /** Numeric order, component by component; a shorter version that is a prefix of a longer one sorts first. */
  @Override
  public int compareTo(Version other) {
    for (int i = 0; i < Math.min(size(), other.size()); i++) {
      int c = Integer.compare(components.get(i), other.components.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(size(), other.size());
  }

  @Override
  public String toString() {
    return components.stream().map(String::valueOf).collect(Collectors.joining("."));
  }
}
