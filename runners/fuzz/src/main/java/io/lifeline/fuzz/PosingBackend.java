package io.lifeline.fuzz;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.NamedBackend;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Traits;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A backend posing as a model of another interpreter: it runs programs on {@code actual} but declares
 * {@code kind=model} and the given impl and version. A test double for the fuzzer, and its self-test on a
 * machine without models ({@code lifeline fuzz --pose}): real CPython 3.10 posing as a model of 3.11 is a model
 * with one seeded bug, arguments held by the caller instead of moved into the callee's frame.
 */
public final class PosingBackend extends NamedBackend {

  private final Backend actual;

  /** Named {@code cpython-3.11~cpython-3.10.13}: what it poses as, then what it is. */
  public PosingBackend(Backend actual, String impl, String version) {
    super(impl + "-" + version + "~" + actual.name().replaceFirst("^real:", ""), posing(actual, impl, version));
    this.actual = actual;
  }

  /** The actual backend's traits, with the implementation and version it poses as, as a model. */
  private static Traits posing(Backend actual, String impl, String version) {
    Map<String, String> t = new LinkedHashMap<>(actual.traits().asMap());
    t.put(Traits.IMPL, impl);
    t.put(Traits.VERSION, version);
    t.put(Traits.KIND, "model");
    return Traits.of(t);
  }

  @Override
  public Outcome run(String program, Budget budget) {
    return actual.run(program, budget);
  }
}
