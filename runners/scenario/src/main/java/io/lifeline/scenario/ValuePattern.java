package io.lifeline.scenario;

/**
 * A trait pattern that accepts exactly one value, compared as a string ({@code impl: cpython}).
 *
 * @param value the accepted value as written
 */
public record ValuePattern(String value) implements TraitPattern {

  @Override
  public boolean matches(String actual) {
    return value.equals(actual);
  }

  @Override
  public String toString() {
    return value;
  }
}
