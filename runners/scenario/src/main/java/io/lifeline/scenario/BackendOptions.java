package io.lifeline.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user asked for about backends.
 *
 * @param realInterpreters whether real interpreters are discovered ({@code --real auto}) or not ({@code off})
 * @param extraPythons interpreters added by hand ({@code --python PATH}); used even with real off
 */
public record BackendOptions(boolean realInterpreters, List<Path> extraPythons) {

  public static final BackendOptions DEFAULT = new BackendOptions(true, List.of());

  public BackendOptions {
    extraPythons = List.copyOf(extraPythons);
  }
}
