package io.lifeline.junit;

import io.lifeline.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves unique ids of scenarios, (scenario, backend) pairs and load errors against the configured case root
 * ({@link Constants#CASES}): the scenario id is the file's path below it.
 */
record UniqueIdSelectorResolver(Discovery discovery) implements SelectorResolver {

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    if (!id.getEngineId().map(Constants.ENGINE_ID::equals).orElse(false)) {
      return Resolution.unresolved();
    }
    Optional<String> scenarioId = UniqueIds.scenarioOf(id).or(() -> UniqueIds.last(id, UniqueIds.LOAD_ERROR));
    if (scenarioId.isEmpty()) {
      return id.getSegments().size() == 1
          ? Resolution.selectors(Set.of(org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory(
              discovery.config().casesRoot().toFile())))
          : Resolution.unresolved();
    }
    Path file = discovery.config().casesRoot().resolve(scenarioId.get() + ".yaml");
    if (!Files.isRegularFile(file)) {
      return Resolution.unresolved();
    }
    Optional<String> backend = UniqueIds.backendOf(id);
    Set<Match> matches = discovery.add(new ScenarioLoader().load(List.of(file)), context,
        b -> backend.map(b.name()::equals).orElse(true));
    if (backend.isPresent()) {
      matches = matches.stream()
          .flatMap(m -> m.getTestDescriptor().findByUniqueId(id).stream())
          .map(Match::exact)
          .collect(java.util.stream.Collectors.toSet());
    }
    return matches.isEmpty() ? Resolution.unresolved() : Resolution.matches(matches);
  }
}
