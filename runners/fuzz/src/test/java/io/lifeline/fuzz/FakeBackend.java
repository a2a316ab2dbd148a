package io.lifeline.fuzz;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Traits;
import java.util.LinkedHashMap;
import java.util.Map;

/** A backend with given traits that runs nothing: for pairing, dedup and writer tests. */
record FakeBackend(String name, String impl, String version, String kind) implements Backend {

  @Override
  public Traits traits() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put(Traits.IMPL, impl);
    t.put(Traits.VERSION, version);
    t.put(Traits.KIND, kind);
    return Traits.of(t);
  }

  @Override
  public Outcome run(String program, Budget budget) {
    throw new UnsupportedOperationException("fake");
  }

  static FakeBackend real(String impl, String version) {
    return new FakeBackend("real:" + impl + "-" + version, impl, version, "real");
  }

  static FakeBackend model(String impl, String version) {
    return new FakeBackend(impl + "-" + version, impl, version, "model");
  }
}
