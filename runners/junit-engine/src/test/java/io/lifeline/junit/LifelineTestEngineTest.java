package io.lifeline.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.AssertionFailedError;

/** The engine through the JUnit Platform test kit, on fixture cases and the echo test-double backends. */
class LifelineTestEngineTest {

  static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();
  static final Path CASES = FIXTURES.resolve("cases");

  private static EngineTestKit.Builder kit(DiscoverySelector... selectors) {
    return EngineTestKit.engine(Constants.ENGINE_ID)
        .selectors(selectors)
        .configurationParameter(Constants.REAL, "off")
        .configurationParameter(Constants.BACKENDS, "echo-new,echo-old")
        .configurationParameter(Constants.CASES, CASES.toString())
        .configurationParameter(Constants.JOBS, "2");
  }

  /** Discovery alone, as the launcher would ask for it. */
  private static TestDescriptor discover(DiscoverySelector... selectors) {
    var request = org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
        .selectors(selectors)
        .configurationParameter(Constants.REAL, "off")
        .configurationParameter(Constants.BACKENDS, "echo-new,echo-old")
        .configurationParameter(Constants.CASES, CASES.toString())
        .build();
    return new LifelineTestEngine().discover(request, UniqueIds.engine());
  }

  private static Set<String> ids(TestDescriptor root) {
    return root.getDescendants().stream().map(d -> d.getUniqueId().toString()).collect(Collectors.toSet());
  }

  @Test
  void directorySelectorGivesOneContainerPerScenarioAndOneTestPerBackend() {
    TestDescriptor engine = discover(selectDirectory(CASES.toFile()));

    assertThat(engine.getChildren()).extracting(TestDescriptor::getDisplayName)
        .containsExactly("demo/agree", "demo/diverge", "demo/raises", "demo/wrong");
    assertThat(engine.getChildren()).allSatisfy(c -> {
      assertThat(c.isContainer()).isTrue();
      assertThat(c.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly("echo-new", "echo-old");
    });
    assertThat(ids(engine)).contains("[engine:lifeline]/[scenario:demo%2Fagree]/[backend:echo-old]");
  }

  @Test
  void shardsOneToThreeTogetherHoldEveryScenarioBackendPairExactlyOnce() {
    Set<String> all = tests(discover(selectDirectory(CASES.toFile())));
    List<String> union = new java.util.ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      var request = org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
          .selectors(selectDirectory(CASES.toFile()))
          .configurationParameter(Constants.REAL, "off")
          .configurationParameter(Constants.BACKENDS, "echo-new,echo-old")
          .configurationParameter(Constants.SHARD, k + "/3")
          .build();
      union.addAll(tests(new LifelineTestEngine().discover(request, UniqueIds.engine())));
    }
    assertThat(union).hasSize(all.size()).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void aMalformedShardIsAConfigurationErrorNamingTheKey() {
    var request = org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
        .selectors(selectDirectory(CASES.toFile()))
        .configurationParameter(Constants.SHARD, "4/3")
        .build();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new LifelineTestEngine().discover(request, UniqueIds.engine()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lifeline.shard");
  }

  @Test
  void aShardRunsOnlyItsOwnScenarios() {
    EngineExecutionResults results = kit(selectDirectory(CASES.toFile()))
        .configurationParameter(Constants.SHARD, "2/3").execute();
    long expected = java.util.stream.Stream.of("demo/agree", "demo/diverge", "demo/raises", "demo/wrong")
        .filter(new io.lifeline.differential.Shard(2, 3)::includes).count() * 2;
    assertThat(results.testEvents().started().count()).isEqualTo(expected);
  }

  @Test
  void backendTestsPublishTheBackendAsAParameterAndCarryTheScenarioTags() {
    EngineExecutionResults results = kit(selectFile(CASES.resolve("demo/agree.yaml").toFile())).execute();
    List<java.util.Map<String, String>> entries = results.allEvents().reportingEntryPublished()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()).toList();
    assertThat(entries).contains(java.util.Map.of(Constants.PARAMETER_ENTRY, "backend",
        Constants.PARAMETER_VALUE, "echo-old"));
    assertThat(entries).anySatisfy(kv -> assertThat(kv).containsKey(Constants.SCENARIO_ENTRY));
  }

  private static Set<String> tests(TestDescriptor root) {
    return root.getDescendants().stream().filter(TestDescriptor::isTest)
        .map(d -> d.getUniqueId().toString()).collect(Collectors.toSet());
  }

  @Test
  void uniqueIdsAreStableAcrossDiscoveries() {
    assertThat(ids(discover(selectDirectory(CASES.toFile()))))
        .isEqualTo(ids(discover(selectDirectory(CASES.toFile()))));
  }

  @Test
  void fileSelectorSelectsOneScenarioAndIgnoresOtherFiles() {
    TestDescriptor engine = discover(selectFile(CASES.resolve("demo/wrong.yaml").toFile()),
        selectFile(FIXTURES.resolve("../META-INF/services/io.lifeline.scenario.BackendProvider").toFile()));
    assertThat(engine.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly("demo/wrong");
  }

  @Test
  void classpathRootSelectorFindsTheCasesFolderInIt() {
    TestDescriptor engine = discover(selectClasspathRoots(Set.of(FIXTURES)).toArray(DiscoverySelector[]::new));
    assertThat(engine.getChildren()).hasSize(4);
  }

  @Test
  void uniqueIdSelectorsSelectAScenarioOrOneBackendOfIt() {
    UniqueId scenario = UniqueIds.scenario(UniqueIds.engine(), "demo/diverge");
    UniqueId backend = UniqueIds.backend(UniqueIds.scenario(UniqueIds.engine(), "demo/wrong"), "echo-old");

    TestDescriptor engine = discover(selectUniqueId(scenario), selectUniqueId(backend));

    assertThat(engine.getChildren()).extracting(TestDescriptor::getDisplayName)
        .containsExactlyInAnyOrder("demo/diverge", "demo/wrong");
    TestDescriptor wrong = engine.findByUniqueId(backend.removeLastSegment()).orElseThrow();
    assertThat(wrong.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly("echo-old");
    assertThat(engine.findByUniqueId(scenario).orElseThrow().getChildren()).hasSize(2);
  }

  @Test
  void executionReportsVerdictsAsTestResults() {
    EngineExecutionResults results = kit(selectDirectory(CASES.toFile())).execute();

    results.testEvents().assertStatistics(s -> s.started(8).succeeded(5).failed(2).aborted(1));
    results.testEvents().assertThatEvents().haveExactly(1, event(test("backend:echo-new"),
        finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.contains("demo/wrong [echo-new]")
            && m.contains("events differ") && m.contains("~  y")))));
    results.testEvents().assertThatEvents().haveExactly(1, event(test("backend:echo-new"),
        finishedWithFailure(instanceOf(ScenarioFault.class),
            message(m -> m.contains("expected status completed, got error: KeyError")))));
  }

  @Test
  void everyBackendTestPublishesItsResultAndEveryScenarioItsGroups() {
    EngineExecutionResults results = kit(selectFile(CASES.resolve("demo/diverge.yaml").toFile())).execute();

    List<ReportEntry> entries = results.allEvents().reportingEntryPublished()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow()).toList();
    List<ResultEntries.Result> parsed = entries.stream()
        .filter(e -> e.getKeyValuePairs().containsKey(Constants.RESULT_ENTRY))
        .map(e -> ResultEntries.parseResult(e.getKeyValuePairs().get(Constants.RESULT_ENTRY))).toList();
    assertThat(parsed).extracting(ResultEntries.Result::backend).containsExactlyInAnyOrder("echo-new", "echo-old");
    ResultEntries.Result old = parsed.stream().filter(r -> r.backend().equals("echo-old")).findFirst().orElseThrow();
    assertThat(old.events()).containsExactly("@swap2", "@swap1", "end");
    assertThat(old.expected()).containsExactly("@swap2", "@swap1", "end");
    assertThat(old.verdict()).isEqualTo("pass");

    ResultEntries.Groups groups = entries.stream()
        .filter(e -> e.getKeyValuePairs().containsKey(Constants.GROUPS_ENTRY))
        .map(e -> ResultEntries.parseGroups(e.getKeyValuePairs().get(Constants.GROUPS_ENTRY)))
        .findFirst().orElseThrow();
    assertThat(groups.groups()).extracting(ResultEntries.Group::backends)
        .containsExactly(List.of("echo-new"), List.of("echo-old"));
    assertThat(groups.diffs()).hasSize(1);
    assertThat(groups.diffs().get(0)).contains("group 1").contains("group 2").contains("@swap2");
  }

  @Test
  void aBrokenFileIsAFailingTestNamingFileLineAndColumnAndTheRestStillRuns() {
    EngineExecutionResults results = kit(selectDirectory(FIXTURES.resolve("broken").toFile())).execute();

    results.testEvents().assertStatistics(s -> s.started(4).succeeded(2).failed(2));
    List<String> failures = results.testEvents().failed().stream()
        .map(Event::getTestDescriptor).map(d -> d.getUniqueId().getLastSegment().getType()).toList();
    assertThat(failures).containsOnly(UniqueIds.LOAD_ERROR);
    results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
        instanceOf(ScenarioFault.class), message(m -> m.contains("bad-yaml.yaml:4:")))));
    results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
        instanceOf(ScenarioFault.class), message(m -> m.contains("unquoted.yaml:5:19") && m.contains("quote it")))));
    assertThat(results.allEvents().filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .filter(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()
            .containsKey(Constants.LOAD_ERRORS_ENTRY))
        .count()).isEqualTo(2);
  }

  private static List<ResultEntries.Result> results(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .filter(kv -> kv.containsKey(Constants.RESULT_ENTRY))
        .map(kv -> ResultEntries.parseResult(kv.get(Constants.RESULT_ENTRY))).toList();
  }

  @Test
  void aPartialOrderRuleFailsWithItsConstraintsInTheMessageAndTheResultEntry() {
    EngineExecutionResults results = kit(selectFile(FIXTURES.resolve("partial/demo/timing.yaml").toFile())).execute();

    results.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
    results.testEvents().assertThatEvents().haveExactly(1, event(test("backend:echo-old"),
        finishedWithFailure(instanceOf(AssertionFailedError.class), message(m ->
            m.contains("2 of 3 constraints broken") && m.contains("BROKEN  absent: end: end occurs (event 4)")
                && m.contains("events: [start, @swap2, @swap1, (gc.collect() returned), end]")))));
    ResultEntries.Result old = results(results).stream().filter(r -> r.backend().equals("echo-old")).findFirst()
        .orElseThrow();
    assertThat(old.expected()).isNull();
    assertThat(old.gcCollects()).containsExactly(3);
    assertThat(old.constraints()).extracting(ResultEntries.Check::line).containsExactly(
        "BROKEN  @swap1 < @swap2: @swap2 (event 2) occurs before @swap1 (event 3)",
        "BROKEN  absent: end: end occurs (event 4)",
        "met     count: start = 1");
    assertThat(old.runs()).isNull();
  }

  @Test
  void withVerifyEachBackendRunsRepeatedlyAndTheWorstRunDecides() {
    EngineExecutionResults results = kit(selectFile(CASES.resolve("demo/diverge.yaml").toFile()))
        .configurationParameter(Constants.BACKENDS, "echo-flaky,echo-new")
        .configurationParameter(Constants.VERIFY, "3")
        .execute();

    List<ResultEntries.Result> parsed = results(results);
    ResultEntries.Result flaky = parsed.stream().filter(r -> r.backend().equals("echo-flaky")).findFirst()
        .orElseThrow();
    assertThat(flaky.runs()).isEqualTo(3);
    assertThat(flaky.unstable()).isTrue();
    assertThat(flaky.outcomes()).extracting(ResultEntries.Variant::count).containsExactly(2, 1);
    assertThat(flaky.outcomes().get(1).events()).containsExactly("@swap2", "@swap1", "end");
    assertThat(flaky.verdict()).isEqualTo("fail");
    assertThat(flaky.events()).containsExactly("@swap2", "@swap1", "end");
    ResultEntries.Result steady = parsed.stream().filter(r -> r.backend().equals("echo-new")).findFirst()
        .orElseThrow();
    assertThat(steady.unstable()).isFalse();
    assertThat(steady.outcomes()).singleElement().satisfies(v -> assertThat(v.count()).isEqualTo(3));
  }
}
