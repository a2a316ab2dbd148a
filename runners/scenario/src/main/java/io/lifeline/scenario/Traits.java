package io.lifeline.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A backend's traits: named string values that scenario rules match on. Every backend declares at least
 * {@code impl} (cpython, pypy) and {@code version}. Iteration order is declaration order.
 */
public final class Traits {
  public static final String IMPL = "impl";
  public static final String VERSION = "version";
  /** "real" for a real interpreter, "model" for an in-repo backend. */
  public static final String KIND = "kind";

  private final Map<String, String> values;

  private Traits(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Traits of(Map<String, String> values) {
    if (!values.containsKey(IMPL) || !values.containsKey(VERSION)) {
      throw new IllegalArgumentException("traits need impl and version: " + values);
    }
    return new Traits(values);
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public String impl() {
    return values.get(IMPL);
  }

  public String version() {
    return values.get(VERSION);
  }

  public Map<String, String> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Traits t && t.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
