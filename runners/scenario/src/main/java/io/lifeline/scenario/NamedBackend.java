package io.lifeline.scenario;

/** A backend whose name and traits are fixed when it is made; what differs is how it runs a program. */
public abstract class NamedBackend implements Backend {
  private final String name;
  private final Traits traits;

  protected NamedBackend(String name, Traits traits) {
    this.name = name;
    this.traits = traits;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Traits traits() {
    return traits;
  }
}
