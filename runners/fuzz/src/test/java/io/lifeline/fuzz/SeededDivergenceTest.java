package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.LoadResult;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzer end to end on a model with one seeded bug: real CPython 3.10 posing as a model of 3.11 holds call
 * arguments where 3.11 moves them into the callee's frame. Also the CI smoke run: a fixed seed and a small count
 * through generation, execution, dedup, shrinking and the scenario files.
 */
class SeededDivergenceTest {
  private static final Budget BUDGET = Budget.DEFAULT.withWallClock(Duration.ofSeconds(10));

  static Pair seededPair() {
    return new Pair(new PosingBackend(Interpreters.forkServer("3.10"), "cpython", "3.11"), Interpreters.forkServer("3.11"));
  }

  @Test
  void shrinkingKeepsTheDivergenceAndReducesItToAFewLines() {
    Pair pair = seededPair();
    ProgramGenerator g = new ProgramGenerator(1);
    Program diverging = null;
    Divergence d = null;
    Outcome real = null;
    for (int i = 0; i < 20 && diverging == null; i++) {
      Program p = g.program(i);
      real = pair.real().run(p.source(), BUDGET);
      d = Divergence.between(pair.model().run(p.source(), BUDGET), real);
      diverging = d == null ? null : p;
    }
    assertThat(diverging).as("a divergence among the first 20 programs of seed 1").isNotNull();

    DivergenceOracle oracle = new DivergenceOracle(pair, CompileCheck.on(Interpreters.forkServer("3.11")), BUDGET, d, real);
    Program shrunk = new Shrinker(oracle, 600, ProgramGenerator.PROLOGUE).shrink(diverging);

    String source = shrunk.source();
    Divergence again = Divergence.between(pair.model().run(source, BUDGET), pair.real().run(source, BUDGET));
    assertThat(again).isNotNull();
    assertThat(again.sameAs(d)).isTrue();
    long lines = source.lines().count();
    assertThat(lines).as(source).isLessThanOrEqualTo(16);
    assertThat(shrunk.size()).isLessThan(diverging.size() / 4);
  }

  @Test
  void smokeRunFindsShrinksAndWritesLoadableScenarios(@TempDir Path dir) throws Exception {
    Pair pair = seededPair();
    List<ForkServerBackend> reals = List.of(Interpreters.forkServer("3.10"), Interpreters.forkServer("3.11"));
    List<Finding> found = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    Path out = dir.resolve("cases/_found");
    FuzzOptions options = new FuzzOptions(5, 6, null, 2, BUDGET, 400);
    Fuzzer fuzzer = new Fuzzer(options, List.of(pair.model()), reals, CompileCheck.on(Interpreters.forkServer("3.11")),
        new FuzzListener() {
          @Override
          public void finding(Finding f) {
            found.add(f);
            try {
              ScenarioWriter.write(f, options.seed(), out);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }

          @Override
          public void invalid(Program p, String backend, String why) {
            invalid.add(p.index() + " " + backend + " " + why);
          }
        });

    FuzzSummary summary = fuzzer.run();

    assertThat(fuzzer.pairs()).hasSize(1);
    assertThat(summary.programs()).isEqualTo(6);
    assertThat(invalid).isEmpty();
    assertThat(summary.findings()).isGreaterThanOrEqualTo(summary.distinct()).isPositive();
    assertThat(summary.distinct()).isEqualTo(found.size());
    for (Finding f : found) {
      assertThat(f.shrunk().size()).as(f.shrunk().source()).isLessThan(f.original().size() / 3);
      assertThat(f.features()).isNotEmpty();
    }
    LoadResult loaded = new ScenarioLoader().load(List.of(out));
    assertThat(loaded.errors()).isEmpty();
    assertThat(loaded.scenarios()).hasSize(found.size());
    assertThat(loaded.scenarios()).allSatisfy(s -> assertThat(s.tags()).contains("fuzz"));
  }
}
