package io.lifeline.real;

import java.nio.file.Path;

/**
 * An executable that may be a Python interpreter, and where discovery found it.
 *
 * @param path the executable as found (not resolved: a pyenv shim stays a shim until probed)
 * @param origin where it was found, for diagnostics
 */
record Candidate(Path path, Origin origin) {

  /** The places discovery looks, in discovery order. */
  enum Origin {
    /** Added by hand ({@code --python PATH}). */
    EXTRA,
    /** A {@code python3.N} or {@code pypy3} in a {@code PATH} directory. */
    PATH,
    /** A {@code python3.N} or {@code pypy3} in {@code <pyenv root>/versions/<v>/bin}. */
    PYENV
  }
}
