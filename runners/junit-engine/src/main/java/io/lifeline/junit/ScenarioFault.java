package io.lifeline.junit;

/** The test error of a scenario that could not be judged: a backend crash, an unexpected exception, a load error. */
public final class ScenarioFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ScenarioFault(String message) {
    super(message, null, false, false);
  }
}
