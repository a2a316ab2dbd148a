package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.LoadResult;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioLoader;
import io.lifeline.scenario.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {

  static Outcome completed(String... events) {
    return Outcome.completed(List.of(events), List.of(), Duration.ZERO);
  }

  static Map.Entry<Backend, Outcome> run(Backend b, Outcome o) {
    return new SimpleImmutableEntry<>(b, o);
  }

  @Test
  void aFindingBecomesAScenarioTheLoaderAccepts(@TempDir Path dir) throws Exception {
    Backend model = FakeBackend.model("cpython", "3.11");
    Backend r310 = FakeBackend.real("cpython", "3.10.13");
    Backend r3112 = FakeBackend.real("cpython", "3.11.2");
    Backend r3117 = FakeBackend.real("cpython", "3.11.7");
    Backend r312 = FakeBackend.real("cpython", "3.12.1");
    Backend pypy = FakeBackend.real("pypy", "7.3.11");
    Outcome held = completed("leave f1", "del o1", "yes", "1");
    Outcome moved = completed("del o1", "leave f1", "yes", "1");
    Outcome error = new Outcome(List.of("leave f1"), Status.ERROR, "KeyError", "'k'", List.of(), "", Duration.ZERO);
    Program p = new ProgramGenerator(1).program(0);
    Finding f = new Finding(new Pair(model, r3117), p, p, Divergence.between(held, moved),
        Set.of(Feature.POSITIONAL_TEMPORARY, Feature.DEL_FINALIZER), held, moved,
        List.of(run(r310, held), run(r3112, moved), run(r3117, moved), run(r312, moved), run(pypy, error)));

    Path file = ScenarioWriter.write(f, 77, dir.resolve("cases/_found"));
    Files.createDirectories(dir.resolve("cases/lib"));

    String text = Files.readString(file);
    assertThat(file.getFileName().toString()).startsWith("calling-convention-cpython-3.11-");
    assertThat(text).startsWith("# yaml-language-server: $schema=../../spec/scenario.schema.json\n")
        .contains("Found by `lifeline fuzz --seed 77` (program 0)")
        .contains("tags: [fuzz, calling-convention]")
        .contains("- when: {impl: cpython, version: '3.10'}\n  events: [leave f1, del o1, 'yes', '1']\n")
        .contains("- when: {impl: cpython, version: ['3.11', '3.12']}\n  events: [del o1, leave f1, 'yes', '1']\n")
        .contains("- when: {impl: pypy, version: '7.3.11'}\n  events: [leave f1]\n  error: KeyError\n");
    LoadResult loaded = new ScenarioLoader().load(List.of(file));
    assertThat(loaded.errors()).isEmpty();
    Scenario s = loaded.scenarios().get(0);
    assertThat(s.source()).isEqualTo(p.source());
    assertThat(s.ruleFor(r3112.traits()).orElseThrow().events()).containsExactly("del o1", "leave f1", "yes", "1");
    assertThat(s.ruleFor(model.traits()).orElseThrow().events()).containsExactly("del o1", "leave f1", "yes", "1");
  }

  @Test
  void releasesOfOneMinorVersionThatDisagreeGetRulesOfTheirOwn() {
    Backend r3112 = FakeBackend.real("cpython", "3.11.2");
    Backend r3117 = FakeBackend.real("cpython", "3.11.7");
    List<Expectations.Rule> rules = Expectations.of(List.of(run(r3112, completed("a")), run(r3117, completed("b"))));
    assertThat(rules).extracting(Expectations.Rule::versions).containsExactly(List.of("3.11.2"), List.of("3.11.7"));
  }

  @Test
  void scalarsAreQuotedOnlyWhenYamlWouldReadThemOtherwise() {
    assertThat(ScenarioWriter.quote("del o1")).isEqualTo("del o1");
    assertThat(ScenarioWriter.quote("3.10")).isEqualTo("'3.10'");
    assertThat(ScenarioWriter.quote("no")).isEqualTo("'no'");
    assertThat(ScenarioWriter.quote("a, b")).isEqualTo("'a, b'");
    assertThat(ScenarioWriter.quote("it's")).isEqualTo("'it''s'");
    assertThat(ScenarioWriter.quote("")).isEqualTo("''");
  }
}
