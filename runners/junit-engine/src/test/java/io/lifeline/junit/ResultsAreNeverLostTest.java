package io.lifeline.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.lifeline.differential.Judgement;
import io.lifeline.differential.Verdict;
import io.lifeline.junit.testing.ResultsFixture;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Rule;
import io.lifeline.scenario.SourceLocation;
import io.lifeline.scenario.Status;
import io.lifeline.scenario.Traits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Issue #16: every (scenario, backend) gets exactly one result, whatever the program emits. A 50 MB event is an
 * error naming the limit, a program a model cannot run is {@code unsupported} (an aborted test, never a pass),
 * and a result too large for Jackson's default limits still travels.
 */
class ResultsAreNeverLostTest {

  static final Path RESULTS = ResultsFixture.CASES;

  static final String BACKENDS = ResultsFixture.backends();

  @Test
  void everyPairOfTheEngineGetsOneResultWithItsVerdict() {
    EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
        .selectors(selectDirectory(RESULTS.toFile()))
        .configurationParameter(Constants.REAL, "auto")
        .configurationParameter(Constants.BACKENDS, BACKENDS)
        .configurationParameter(Constants.CASES, RESULTS.toString())
        .configurationParameter(Constants.JOBS, "2")
        .execute();
    Map<String, ResultEntries.Result> byPair = new TreeMap<>();
    results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get(Constants.RESULT_ENTRY))
        .filter(json -> json != null)
        .map(ResultEntries::parseResult)
        .forEach(r -> assertThat(byPair.put(r.scenario() + "[" + r.backend() + "]", r)).as("one result").isNull());
    long tests = results.testEvents().started().count();
    assertThat(byPair).hasSize((int) tests);
    assertThat(tests % 3).isZero();
    assertThat(tests).isGreaterThanOrEqualTo(6);
    byPair.forEach((pair, r) -> {
      boolean model = "model".equals(r.traits().get("kind"));
      switch (r.scenario()) {
        case "results/huge-event" -> {
          assertThat(r.verdict()).as(pair).isEqualTo("error");
          assertThat(r.errorMessage()).as(pair).contains("event of 50000000 bytes exceeds the limit of 65536 bytes");
        }
        case "results/plain" -> assertThat(r.verdict()).as(pair).isEqualTo("pass");
        case "results/unsupported" -> {
          assertThat(r.verdict()).as(pair).isEqualTo(model ? "unsupported" : "pass");
          if (model) {
            assertThat(r.status()).isEqualTo("unsupported");
            assertThat(r.errorMessage()).isEqualTo("the built-in name complex is not supported by the model (line 1, column 4)");
          }
        }
        default -> throw new AssertionError("unexpected " + pair);
      }
    });
    List<Event> aborted = results.testEvents().aborted().list();
    assertThat(aborted).hasSize(2).allSatisfy(e ->
        assertThat(UniqueIds.scenarioOf(e.getTestDescriptor().getUniqueId())).contains("results/unsupported"));
    assertThat(results.testEvents().aborted().list().get(0).getPayload(
        org.junit.platform.engine.TestExecutionResult.class).flatMap(r -> r.getThrowable()).orElseThrow()
        .getMessage()).contains("the model cannot run this program: the built-in name complex is not supported by the model");
    assertThat(results.testEvents().failed().count()).isEqualTo(tests / 3);
  }

  @Test
  void aResultBeyondJacksonsDefaultStringLimitStillRoundTrips() {
    String detail = "d".repeat(25_000_000);
    Outcome o = new Outcome(List.of("a"), Status.COMPLETED, null, null, List.of(), detail, Duration.ZERO);
    Rule rule = new Rule(Map.of(), List.of("a"), Status.COMPLETED, null, new SourceLocation(Path.of("x.yaml"), 1, 1));
    Judgement j = new Judgement("s/big", "b", o, rule, Verdict.PASS, "", null, List.of());
    ResultEntries.Result r = ResultEntries.parseResult(ResultEntries.resultJson(j, null,
        Traits.of(Map.of("impl", "cpython", "version", "3.11")), "", null));
    assertThat(r.verdict()).isEqualTo("pass");
    assertThat(r.detail()).hasSize(25_000_000);
  }

  @Test
  void aResultThatCannotBeWrittenBecomesAnErrorOfTheSamePair() {
    Outcome o = Outcome.completed(List.of("a"), List.of(), Duration.ZERO);
    Judgement j = new Judgement("s/x", "b", o, null, Verdict.SKIP, "no rule", null, List.of());
    ResultEntries.Result r = ResultEntries.parseResult(ResultEntries.resultJson(j, null, null, "", null));
    assertThat(r.scenario()).isEqualTo("s/x");
    assertThat(r.backend()).isEqualTo("b");
    assertThat(r.verdict()).isEqualTo("error");
    assertThat(r.status()).isEqualTo("crash");
    assertThat(r.errorMessage()).startsWith("its result could not be serialised: java.lang.NullPointerException");
  }
}
