package io.lifeline.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves directories (a case root or any folder in one), scenario files ({@code .yaml}), and classpath roots
 * that hold a {@code cases/} folder.
 */
record PathSelectorResolver(Discovery discovery) implements SelectorResolver {

  @Override
  public Resolution resolve(DirectorySelector selector, Context context) {
    return resolvePath(selector.getPath(), context);
  }

  @Override
  public Resolution resolve(FileSelector selector, Context context) {
    String name = selector.getPath().getFileName().toString();
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      return Resolution.unresolved();
    }
    return resolvePath(selector.getPath(), context);
  }

  @Override
  public Resolution resolve(ClasspathRootSelector selector, Context context) {
    if (!"file".equals(selector.getClasspathRoot().getScheme())) {
      return Resolution.unresolved();
    }
    Path cases = Path.of(selector.getClasspathRoot()).resolve("cases");
    return Files.isDirectory(cases) ? resolvePath(cases, context) : Resolution.unresolved();
  }

  private Resolution resolvePath(Path path, Context context) {
    Set<Match> matches = discovery.addAll(List.of(path), context);
    return matches.isEmpty() ? Resolution.unresolved() : Resolution.matches(matches);
  }
}
