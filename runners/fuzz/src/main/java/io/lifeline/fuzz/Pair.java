package io.lifeline.fuzz;

import io.lifeline.scenario.Backend;

/** A model and the real interpreter it models ({@link Pairing}). */
public record Pair(Backend model, Backend real) {

  @Override
  public String toString() {
    return model.name() + " vs " + real.name();
  }
}
