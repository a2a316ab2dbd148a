package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

  @TempDir
  Path dir;

  private BaselineReader.Loaded read(String text) throws Exception {
    Path file = dir.resolve("dev.baseline.yaml");
    Files.writeString(file, text);
    return BaselineReader.read(file);
  }

  private static List<String> messages(BaselineReader.Loaded loaded) {
    return loaded.problems().stream().map(e -> e.location().line() + ":" + e.location().column() + " " + e.message())
        .toList();
  }

  @Test
  void readsEntriesByNameAndByTraits() throws Exception {
    BaselineReader.Loaded loaded = read("""
        known:
          - scenario: weakref/callback-order
            backend: "real:cpython-3.14.0a1"
            verdict: fail
            status: completed
            events: [dropped, callback]
            reason: callbacks run late
            link: https://example.invalid/1
          - scenario: gc/order
            when: {impl: pypy, version: '>=7.3'}
            verdict: error
            status: error
            errorType: KeyError
            broken: ["a < b"]
        """);
    assertThat(messages(loaded)).isEmpty();
    List<BaselineEntry> entries = loaded.baseline().entries();
    assertThat(entries.get(0).outcome()).isEqualTo(
        KnownOutcome.ofEvents(Status.COMPLETED, null, List.of("dropped", "callback")));
    assertThat(entries.get(0).reason()).isEqualTo("callbacks run late");
    assertThat(entries.get(1).outcome()).isEqualTo(KnownOutcome.ofBroken(Status.ERROR, "KeyError", List.of("a < b")));
    Map<String, String> pypy = Map.of("impl", "pypy", "version", "7.3.18");
    assertThat(loaded.baseline().entryFor("gc/order", "pypy-7.3.18", pypy)).contains(entries.get(1));
    assertThat(loaded.baseline().entryFor("gc/order", "pypy-7.2", Map.of("impl", "pypy", "version", "7.2"))).isEmpty();
    assertThat(loaded.baseline().entryFor("weakref/callback-order", "real:cpython-3.14.0a1", Map.of()))
        .contains(entries.get(0));
  }

  @Test
  void anEntryNamingTheBackendWinsOverTraitConditions() throws Exception {
    BaselineReader.Loaded loaded = read("""
        known:
          - {scenario: s, when: {impl: cpython}, verdict: fail, status: completed, events: [a]}
          - {scenario: s, backend: cpython-3.12, verdict: fail, status: completed, events: [b]}
        """);
    assertThat(loaded.baseline().entryFor("s", "cpython-3.12", Map.of("impl", "cpython")).orElseThrow()
        .outcome().events()).containsExactly("b");
    assertThat(loaded.baseline().entryFor("s", "cpython-3.11", Map.of("impl", "cpython")).orElseThrow()
        .outcome().events()).containsExactly("a");
  }

  @Test
  void reportsLocatedProblems() throws Exception {
    BaselineReader.Loaded loaded = read("""
        known:
          - scenario: s
            backend: b
            when: {impl: pypy}
            verdict: fail
            status: completed
            events: []
          - scenario: t
            backend: b
            verdict: failed
            status: completed
            events: []
            colour: red
        """);
    assertThat(messages(loaded)).containsExactlyInAnyOrder(
        "2:5 known[0] gives either 'backend' (a name) or 'when' (trait conditions), not both",
        "10:14 known[1].verdict must be one of fail, error, not 'failed'",
        "13:5 unknown key 'colour'; expected one of: scenario, backend, when, verdict, status, errorType, events,"
            + " broken, reason, link");
  }

  @Test
  void reportsWhatTheSchemaCannotSay() throws Exception {
    BaselineReader.Loaded loaded = read("""
        known:
          - scenario: s
            when: {version: '>=3.x'}
            verdict: fail
            status: completed
            errorType: KeyError
            events: []
            broken: []
        """);
    assertThat(messages(loaded)).hasSize(3).anySatisfy(m -> assertThat(m).startsWith("3:21 version: '>=3.x' compares"))
        .anySatisfy(m -> assertThat(m).contains("errorType is given only with status: error"))
        .anySatisfy(m -> assertThat(m).contains("either 'events'").contains("not both"));
  }

  @Test
  void anEmptyFileIsAProblemAndKnownEmptyIsNot() throws Exception {
    assertThat(messages(read(""))).containsExactly("1:1 the file is empty; a baseline without entries is 'known: []'");
    assertThat(read("known: []\n").ok()).isTrue();
  }

  @Test
  void writingThenReadingGivesTheSameBaselineAndTheSameText() throws Exception {
    BaselineReader.Loaded loaded = read("""
        known:
          - scenario: weird/names
            backend: "real:cpython-3.14.0a1"
            verdict: fail
            status: error
            errorType: KeyError
            events: ["a: b", "#x", "3.10", "true", "with \\"quote\\"", "del x", ""]
            reason: "it is: known"
          - scenario: gc/order
            when: {version: ['3.10', '>=3.12'], impl: pypy}
            verdict: fail
            status: hang
            broken: ["a < b"]
        """);
    assertThat(messages(loaded)).isEmpty();
    String text = BaselineWriter.render(loaded.baseline(), "../spec/baseline.schema.json");
    BaselineReader.Loaded again = read(text);
    assertThat(messages(again)).isEmpty();
    assertThat(strip(again.baseline())).isEqualTo(strip(loaded.baseline()));
    assertThat(BaselineWriter.render(again.baseline(), "../spec/baseline.schema.json")).isEqualTo(text);
    assertThat(text).startsWith("# yaml-language-server: $schema=../spec/baseline.schema.json\n")
        .contains("    backend: real:cpython-3.14.0a1\n").contains("      - del x\n");
  }

  /** Entries without their file locations, and trait conditions as text, for comparing two reads. */
  private static List<String> strip(Baseline b) {
    return b.entries().stream().map(e -> e.scenario() + " " + (e.byName() ? e.backend() : new java.util.TreeMap<>(e.when().conditions()))
        + " " + e.verdict() + " " + e.outcome()
        + " " + e.reason() + " " + e.link()).toList();
  }

  @Test
  void theClasspathCopyIsTheSpecFileAndEveryPropertyIsDocumented() throws Exception {
    Path spec = Path.of(System.getProperty("lifeline.root", "../.."), "spec", "baseline.schema.json");
    JsonNode fromSpec = new ObjectMapper().readTree(spec.toFile());
    assertThat(BaselineSchema.json()).isEqualTo(fromSpec);
    assertThat(fromSpec.at("/$defs/entry/additionalProperties").asBoolean(true)).isFalse();
    fromSpec.at("/$defs/entry/properties").forEach(p ->
        assertThat(p.hasNonNull("title") && p.hasNonNull("description")).as(p.toString()).isTrue());
  }
}
