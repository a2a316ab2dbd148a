package io.lifeline.scenario;

/**
 * One accepted value of a trait in a rule's {@code when}: a plain value ({@code cpython}), a version
 * ({@code "3.10"} accepts 3.10 and 3.10.13), or a comparison ({@code ">=3.11"}, {@code "!=3.12"}).
 * Implemented by the loader, which parses them.
 */
public interface TraitPattern {

  /** Whether the backend's trait value is accepted. */
  boolean matches(String actual);

  /** The pattern as written. */
  @Override
  String toString();
}
