package io.lifeline.junit;

import java.util.Optional;
import org.junit.platform.engine.UniqueId;

/**
 * The one place unique ids are built and read. They depend only on the scenario id and the backend name, so they
 * are stable across runs and machines, which report history keys on:
 * {@code [engine:lifeline]/[scenario:weakref/callback-order]/[backend:cpython-3.11]}, and
 * {@code [engine:lifeline]/[load-error:weakref/broken]} for a file that did not load.
 */
public final class UniqueIds {
  private UniqueIds() {}

  public static final String SCENARIO = "scenario";
  public static final String BACKEND = "backend";
  public static final String LOAD_ERROR = "load-error";

  public static UniqueId engine() {
    return UniqueId.forEngine(Constants.ENGINE_ID);
  }

  public static UniqueId scenario(UniqueId engine, String scenarioId) {
    return engine.append(SCENARIO, scenarioId);
  }

  public static UniqueId backend(UniqueId scenario, String backendName) {
    return scenario.append(BACKEND, backendName);
  }

  public static UniqueId loadError(UniqueId engine, String scenarioId) {
    return engine.append(LOAD_ERROR, scenarioId);
  }

  /** The value of the last segment if it has the given type. */
  public static Optional<String> last(UniqueId id, String type) {
    UniqueId.Segment s = id.getLastSegment();
    return s.getType().equals(type) ? Optional.of(s.getValue()) : Optional.empty();
  }

  /** The scenario id named by a unique id, at any depth below the scenario. */
  public static Optional<String> scenarioOf(UniqueId id) {
    return id.getSegments().stream().filter(s -> s.getType().equals(SCENARIO)).map(UniqueId.Segment::getValue)
        .findFirst();
  }

  /** The backend named by a unique id, if it names one. */
  public static Optional<String> backendOf(UniqueId id) {
    return last(id, BACKEND);
  }
}
