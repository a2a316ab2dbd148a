package io.lifeline.scenario;

import java.nio.file.Path;

/**
 * Where lifeline keeps what it learns across processes (interpreter probes, schema verdicts, native and GraalPy
 * builds): {@code $XDG_CACHE_HOME/lifeline/NAME} when that variable names an absolute folder, else
 * {@code ~/.cache/lifeline/NAME}. Each user of it has a system property that overrides its folder.
 */
public final class CacheFolder {
  private CacheFolder() {}

  /** The folder {@code name} under lifeline's cache root. */
  public static Path of(String name) {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
        ? Path.of(xdg) : Path.of(System.getProperty("user.home", "/"), ".cache");
    return base.resolve("lifeline").resolve(name);
  }
}
