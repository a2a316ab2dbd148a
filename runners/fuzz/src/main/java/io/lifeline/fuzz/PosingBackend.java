package io.lifeline.fuzz;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
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
public final class PosingBackend implements Backend {

  private final Backend actual;
  private final String name;
  private final Traits traits;

  public PosingBackend(Backend actual, String impl, String version) {
    this.actual = actual;
    this.name = impl + "-" + version + "~" + actual.name().replaceFirst("^real:", "");
    Map<String, String> t = new LinkedHashMap<>(actual.traits().asMap());
    t.put(Traits.IMPL, impl);
    t.put(Traits.VERSION, version);
    t.put(Traits.KIND, "model");
    this.traits = Traits.of(t);
  }

  /** {@code cpython-3.11~cpython-3.10.13}: what it poses as, then what it is. */
  @Override
  public String name() {
    return name;
  }

  @Override
  public Traits traits() {
    return traits;
  }

  @Override
  public Outcome run(String program, Budget budget) {
    return actual.run(program, budget);
  }
}
