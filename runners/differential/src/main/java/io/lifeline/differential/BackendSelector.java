package io.lifeline.differential;

import io.lifeline.scenario.Backend;

/**
 * One {@code --backend} argument: a backend name ({@code cpython-3.11}, {@code real:cpython-3.11.7}), the word
 * {@code real} or {@code model} for every backend of that kind, or a trait condition {@code name=value}
 * ({@code reclaim=tracing}, {@code impl=cpython}); trait values compare like rule values ({@code version=3.11}
 * accepts 3.11.7).
 */
public record BackendSelector(String text) {

  /** Whether the selector accepts the backend. */
  public boolean accepts(Backend backend) {
    int eq = text.indexOf('=');
    if (eq < 0) {
      return switch (text) {
        case "real" -> backend.isReal();
        case "model" -> "model".equals(backend.traits().get("kind").orElse(""));
        default -> backend.name().equals(text);
      };
    }
    String trait = text.substring(0, eq).trim();
    String value = text.substring(eq + 1).trim();
    return backend.traits().get(trait).map(actual -> sameOrPrefix(actual, value)).orElse(false);
  }

  /** {@code value} equals {@code actual}, or is a dotted prefix of it (3.11 accepts 3.11.7). */
  private static boolean sameOrPrefix(String actual, String value) {
    return actual.equals(value) || actual.startsWith(value + ".");
  }
}
