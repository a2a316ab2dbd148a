package io.lifeline.scenario;

/**
 * A located problem with a scenario file: malformed YAML, an unknown key, a missing {@code source}, an unknown
 * include, an unquoted version. The file's other scenarios, and all other files, still run.
 *
 * @param location where the problem is
 * @param id the scenario id the file would have had
 * @param message what is wrong, phrased for the person who wrote the file
 */
public record ScenarioError(SourceLocation location, String id, String message) {

  /** {@code file:line:column: message}. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
