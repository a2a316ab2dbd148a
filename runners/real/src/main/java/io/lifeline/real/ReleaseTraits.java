package io.lifeline.real;

import io.lifeline.scenario.Traits;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traits a real interpreter of a given release would have, without one being installed: for tools that must
 * reason about interpreters this machine lacks (does every rule set cover CPython 3.13?). The derived traits
 * (reclaim, pycall, ...) follow {@link RealTraits}; {@code version} and {@code python} are kept as written, so
 * a release written {@code 3.10} stands for every 3.10.x.
 */
public final class ReleaseTraits {
  private ReleaseTraits() {}

  /**
   * The traits of {@code impl} (cpython, pypy, graalpy) release {@code implVersion} implementing Python {@code python}.
   *
   * @throws IllegalArgumentException for a version that is not digits separated by dots
   */
  public static Traits of(String impl, String implVersion, String python) {
    Identity id = new Identity(impl, parse(implVersion), parse(python), Path.of(impl), List.of());
    Traits derived = RealTraits.GRAALPY.equals(impl)
        ? RealTraits.ofGraalPy(id.implVersion(), id.python()) : RealTraits.of(id);
    Map<String, String> traits = new LinkedHashMap<>(derived.asMap());
    traits.put(Traits.VERSION, implVersion);
    traits.put(RealTraits.PYTHON, python);
    return Traits.of(traits);
  }

  private static Release parse(String text) {
    if (!text.matches("\\d+(\\.\\d+){0,2}")) {
      throw new IllegalArgumentException("not a release: '" + text + "'");
    }
    String[] parts = (text + ".0.0").split("\\.");
    return Release.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }
}
