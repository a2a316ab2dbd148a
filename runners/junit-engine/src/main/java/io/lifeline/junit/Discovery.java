package io.lifeline.junit;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.LoadResult;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioError;
import io.lifeline.scenario.ScenarioLoader;
import io.lifeline.scenario.StartupTrace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.discovery.SelectorResolver.Context;
import org.junit.platform.engine.support.discovery.SelectorResolver.Match;

/**
 * State shared by the selector resolvers of one discovery: the configuration and the selected backends (asked for
 * once, on first use). Discovery reads files and builds descriptors; it never runs a scenario.
 */
final class Discovery {

  private final EngineConfig config;
  private List<Backend> backends;

  Discovery(EngineConfig config) {
    this.config = config;
  }

  EngineConfig config() {
    return config;
  }

  synchronized List<Backend> backends() {
    if (backends == null) {
      backends = BackendCatalog.discover(config.backendOptions()).select(config.backendSelectors());
    }
    return backends;
  }

  /** Loads the paths and adds their scenarios (with every selected backend) and load errors. */
  Set<Match> addAll(List<Path> paths, Context context) {
    StartupTrace.mark("discovery: load");
    LoadResult loaded = new ScenarioLoader().load(paths);
    StartupTrace.mark("discovery: loaded");
    return add(loaded, context, b -> true);
  }

  /**
   * Adds loaded scenarios with the backends that {@code backendFilter} accepts, and one failing test per file that
   * did not load; only those of the configured shard (by scenario id), so the shards of a run partition it.
   * Returns the matches for the descriptors added or found.
   */
  Set<Match> add(LoadResult result, Context context, Predicate<Backend> backendFilter) {
    Set<Match> matches = new LinkedHashSet<>();
    for (Scenario s : result.scenarios()) {
      if (!config.shard().includes(s.id())) {
        continue;
      }
      Optional<ScenarioDescriptor> added = context.addToParent(
          parent -> Optional.of(new ScenarioDescriptor(UniqueIds.scenario(parent.getUniqueId(), s.id()), s)));
      added.ifPresent(d -> {
        backends().stream().filter(backendFilter).forEach(d::addBackend);
        matches.add(Match.exact(d));
      });
    }
    Map<String, List<ScenarioError>> errorsById = new LinkedHashMap<>();
    for (ScenarioError e : result.errors()) {
      if (!config.shard().includes(e.id())) {
        continue;
      }
      errorsById.computeIfAbsent(e.id(), k -> new java.util.ArrayList<>()).add(e);
    }
    errorsById.forEach((id, errors) -> context.<TestDescriptor>addToParent(
            parent -> Optional.of(new LoadErrorDescriptor(UniqueIds.loadError(parent.getUniqueId(), id), id, errors)))
        .ifPresent(d -> matches.add(Match.exact(d))));
    return matches;
  }
}
