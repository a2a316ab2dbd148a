package io.lifeline.real;

import java.nio.file.Path;
import java.util.List;

/**
 * Who an interpreter says it is, as reported by {@link Probe}: its implementation, its own release, the
 * language version it implements, the executable to run it by, and the command-line flags that isolate it.
 *
 * @param impl {@code sys.implementation.name}: {@code cpython} or {@code pypy}
 * @param implVersion the implementation's own release: the language version for CPython,
 *     {@code sys.pypy_version_info} for PyPy
 * @param python the language version, {@code sys.version_info}
 * @param executable {@code sys.executable} (a pyenv shim resolves to the real binary), or the candidate
 *     path when the interpreter cannot tell
 * @param isolationFlags {@code -I}, or {@code -E -s} for an interpreter that rejects {@code -I}
 */
record Identity(String impl, Release implVersion, Release python, Path executable, List<String> isolationFlags) {

  static final String CPYTHON = "cpython";
  static final String PYPY = "pypy";

  Identity {
    isolationFlags = List.copyOf(isolationFlags);
  }

  /**
   * Two candidates are the same interpreter when this key is equal; the executable path takes no part, so a
   * shim, a symlink and the binary itself collapse into one backend.
   */
  String key() {
    return impl + "-" + implVersion + "/python-" + python;
  }

  /** The backend name without the {@code real:} prefix: {@code cpython-3.11.7}, {@code pypy-7.3.11}. */
  String shortName() {
    return impl + "-" + implVersion;
  }
}
