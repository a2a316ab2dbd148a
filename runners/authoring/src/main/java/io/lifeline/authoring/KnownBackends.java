package io.lifeline.authoring;

import io.lifeline.real.ReleaseTraits;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Traits;
import java.util.ArrayList;
import java.util.List;

/**
 * The backends every scenario must have a rule for, whether or not this machine has them: the real-interpreter
 * releases the suite targets ({@link #REAL}) and the in-repo models ({@link #PLANNED_MODELS} until they land,
 * then whatever the providers offer). {@code lifeline check} requires a rule for each of {@link #required};
 * {@code lifeline bless} writes rules that also cover the planned models.
 *
 * <p>A release written {@code 3.10} stands for every 3.10.x: a rule with {@code version: '3.10'} covers it, one
 * with {@code version: '3.10.13'} does not.
 */
public final class KnownBackends {
  private KnownBackends() {}

  /**
   * One release of an interpreter.
   *
   * @param impl cpython, pypy or graalpy
   * @param version the implementation's release as rules match it ({@code 3.10}, {@code 7.3.11})
   * @param python the Python version it implements
   */
  public record Release(String impl, String version, String python) {
    /** The traits a real interpreter of this release has (impl, version, python, kind=real, derived traits). */
    public Traits traits() {
      return ReleaseTraits.of(impl, version, python);
    }

    @Override
    public String toString() {
      return impl + " " + version;
    }
  }

  /**
   * The real interpreters the suite targets (issue 5): CPython 3.10 to 3.13, PyPy 7.3.11 (Python 3.9) and GraalPy
   * 25.0.2 (Python 3.12, issue 21; the release pinned in the parent pom as {@code graalpy.version}).
   */
  public static final List<Release> REAL = withCPython310To313AndPyPy7311(new Release("graalpy", "25.0.2", "3.12"));

  /**
   * The in-repo model backends that will exist: cpython-3.10 to 3.13 and pypy-7.3.11 and pypy-7.3.18, with the
   * same impl and version traits as the real releases. Bless covers them; check requires them only once a
   * provider offers them.
   */
  public static final List<Release> PLANNED_MODELS = withCPython310To313AndPyPy7311(
      new Release("pypy", "7.3.18", "3.10"));

  /** The releases real interpreters and models share, in this order, then {@code last}. */
  private static List<Release> withCPython310To313AndPyPy7311(Release last) {
    return List.of(new Release("cpython", "3.10", "3.10"), new Release("cpython", "3.11", "3.11"),
        new Release("cpython", "3.12", "3.12"), new Release("cpython", "3.13", "3.13"),
        new Release("pypy", "7.3.11", "3.9"), last);
  }

  /**
   * A backend that check requires a rule for.
   *
   * @param name how problems name it: {@code cpython 3.13 (real)}, {@code model:cpython-3.12}
   * @param traits what rules are matched against
   */
  public record Required(String name, Traits traits) {}

  /** The C extension module of {@code cases/native/} (spec/backends.md, "Native extension objects"). */
  public static final String NATIVE_MODULE = "lifeline_native";

  /**
   * Whether a backend with these traits can load {@link #NATIVE_MODULE}: not GraalPy, whose contexts run without
   * native access (its outcome for such a program is unsupported, so check asks no GraalPy rule of it).
   */
  public static boolean loadsNativeModule(Traits traits) {
    return !"graalpy".equals(traits.impl());
  }

  /** The real releases, then every model backend on offer ({@code kind: model}), in that order. */
  public static List<Required> required(List<Backend> offered) {
    List<Required> required = new ArrayList<>();
    REAL.forEach(r -> required.add(new Required(r + " (real)", r.traits())));
    for (Backend b : offered) {
      if ("model".equals(b.traits().get(Traits.KIND).orElse(""))) {
        required.add(new Required(b.name(), b.traits()));
      }
    }
    return required;
  }
}
