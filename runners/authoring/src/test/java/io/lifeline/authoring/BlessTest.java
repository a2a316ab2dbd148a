package io.lifeline.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.junit.testing.EchoBackendProvider;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.LoadResult;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioLoader;
import io.lifeline.scenario.Traits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blessing with the echo test doubles and scripted backends: the rules written, what stays, what is refused. */
class BlessTest {

  @TempDir
  Path root;

  private static List<Backend> echo(String... names) {
    List<Backend> all = new EchoBackendProvider().backends(BackendOptions.DEFAULT);
    return List.of(names).stream().map(n -> all.stream().filter(b -> b.name().equals(n)).findFirst().orElseThrow())
        .toList();
  }

  private static Blesser.Options options(List<Backend> backends, List<KnownBackends.Release> cover) {
    return new Blesser.Options(backends, Budget.DEFAULT, 1, false, cover);
  }

  private Scenario write(String name, String text) throws IOException {
    Files.createDirectories(root.resolve("lib"));
    Path file = Files.createDirectories(root.resolve("demo")).resolve(name);
    Files.writeString(file, text);
    return load(file);
  }

  private Scenario load(Path file) {
    LoadResult loaded = new ScenarioLoader().load(List.of(file));
    assertThat(loaded.errors()).isEmpty();
    return loaded.scenarios().get(0);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BlessTest.class.getResourceAsStream("/bless/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String expectOf(BlessResult r) {
    return r.text().substring(r.text().indexOf("expect:"));
  }

  @Test
  void rewritesOnlyTheExpectBlockKeepingCommentsAndKeyOrderAndIsIdempotent() throws IOException {
    Scenario scenario = write("commented.yaml", resource("commented.yaml"));

    BlessResult first = Blesser.bless(scenario, options(echo("echo-new", "echo-old"), List.of()));
    assertThat(first.kind()).isEqualTo(BlessResult.Kind.BLESSED);
    first.write();
    assertThat(Files.readString(scenario.file())).isEqualTo(resource("commented.blessed.yaml"));

    BlessResult again = Blesser.bless(load(scenario.file()), options(echo("echo-new", "echo-old"), List.of()));
    assertThat(again.kind()).isEqualTo(BlessResult.Kind.UNCHANGED);
    assertThat(again.text()).isEqualTo(resource("commented.blessed.yaml"));
  }

  @Test
  void anExistingRuleThatStillFitsIsKeptAsWrittenAndOnlyTheRestIsRewritten() throws IOException {
    Scenario scenario = write("keep.yaml", """
        title: t
        source: |
          event("@swap1")
          event("@swap2")
          raise KeyError
        expect:
        - when: {version: ['3.11']}    # hand-written, narrower than bless would write
          events: ['@swap1', '@swap2']
          error: KeyError
        - when: {impl: echo}
          events: [stale]
        """);
    BlessResult r = Blesser.bless(scenario, options(echo("echo-new", "echo-old"), List.of()));
    assertThat(expectOf(r)).isEqualTo("""
        expect:
        - when: {impl: echo, version: '3.10'}
          events: ['@swap2', '@swap1']
          error: KeyError
        - when: {version: ['3.11']}    # hand-written, narrower than bless would write
          events: ['@swap1', '@swap2']
          error: KeyError
        """);
  }

  @Test
  void aFileWithoutExpectGetsOneAppendedAndAgreeingBackendsShareADefaultRule() throws IOException {
    Scenario scenario = write("agree.yaml", "title: t\nsource: |\n  event(\"a\")\n  event(\"b: c\")");
    BlessResult r = Blesser.bless(scenario, options(echo("echo-new", "echo-old"), List.of()));
    assertThat(r.text()).isEqualTo("title: t\nsource: |\n  event(\"a\")\n  event(\"b: c\")\nexpect:\n"
        + "- events: [a, 'b: c']\n");
  }

  @Test
  void releasesOfAnImplementationThatDidNotRunAreLeftOutOfTheRules() throws IOException {
    Scenario scenario = write("agree.yaml", "title: t\nsource: |\n  event(\"a\")\n");
    BlessResult r = Blesser.bless(scenario, options(echo("echo-new", "echo-old"), KnownBackends.REAL));
    assertThat(expectOf(r)).isEqualTo("expect:\n- when: {impl: echo}\n  events: [a]\n");
    assertThat(r.notes()).containsExactly(
        "no cpython ran: its releases get no rule; bless again where one is installed",
        "no pypy ran: its releases get no rule; bless again where one is installed",
        "no graalpy ran: its releases get no rule; bless again where one is installed");
  }

  /** A backend with real-looking traits whose outcome depends only on its version. */
  private record Scripted(String name, Traits traits, List<String> events) implements Backend {
    static Scripted of(String impl, String version, String... events) {
      return new Scripted(impl + "-" + version, Traits.of(Map.of("impl", impl, "version", version, "kind", "real")),
          List.of(events));
    }

    @Override
    public Outcome run(String program, Budget budget) {
      return Outcome.completed(events, List.of(), Duration.ZERO);
    }
  }

  private static List<KnownBackends.Release> everything() {
    LinkedHashSet<KnownBackends.Release> all = new LinkedHashSet<>(KnownBackends.REAL);
    all.addAll(KnownBackends.PLANNED_MODELS);
    return new ArrayList<>(all);
  }

  @Test
  void cpythonIsWrittenByMinorVersionAndPypyByImplCoveringReleasesThatDidNotRun() throws IOException {
    Scenario scenario = write("versions.yaml", "title: t\nsource: |\n  pass\n");
    List<Backend> backends = List.of(
        Scripted.of("cpython", "3.10.13", "rebound", "callback"),
        Scripted.of("cpython", "3.11.7", "callback", "rebound"),
        Scripted.of("cpython", "3.12.1", "callback", "rebound"),
        Scripted.of("pypy", "7.3.11", "rebound"));
    BlessResult r = Blesser.bless(scenario, options(backends, everything()));
    assertThat(expectOf(r)).isEqualTo("""
        expect:
        - when: {impl: cpython, version: '3.10'}
          events: [rebound, callback]
        - when: {impl: cpython, version: ['3.11', '3.12', '3.13']}
          events: [callback, rebound]
        - when: {impl: pypy}
          events: [rebound]
        """);
    assertThat(r.notes()).containsExactly("cpython 3.13 did not run here; expected like cpython-3.12.1",
        "no graalpy ran: its releases get no rule; bless again where one is installed",
        "pypy 7.3.18 did not run here; expected like pypy-7.3.11");
  }

  @Test
  void oneOutcomeSharedAcrossImplementationsStillGetsOneRulePerImplementation() throws IOException {
    Scenario scenario = write("shared.yaml", "title: t\nsource: |\n  pass\n");
    List<Backend> backends = List.of(
        Scripted.of("cpython", "3.10.13", "late"),
        Scripted.of("cpython", "3.11.7", "early"),
        Scripted.of("cpython", "3.12.1", "early"),
        Scripted.of("cpython", "3.13.0", "early"),
        Scripted.of("pypy", "7.3.11", "late"),
        Scripted.of("pypy", "7.3.18", "early"));
    BlessResult r = Blesser.bless(scenario, options(backends, everything()));
    assertThat(expectOf(r)).isEqualTo("""
        expect:
        - when: {impl: cpython, version: '3.10'}
          events: [late]
        - when: {impl: cpython, version: ['3.11', '3.12', '3.13']}
          events: [early]
        - when: {impl: pypy, version: '7.3.11'}
          events: [late]
        - when: {impl: pypy, version: '7.3.18'}
          events: [early]
        """);
    assertThat(r.notes()).containsExactly(
        "no graalpy ran: its releases get no rule; bless again where one is installed");
  }

  @Test
  void aHangIsNotBlessedUnlessAllowedAndACrashNever() throws IOException {
    Scenario hangs = write("hangs.yaml", "title: t\nsource: |\n  event(\"a\")\n  hang()\n");
    BlessResult refused = Blesser.bless(hangs, options(echo("echo-new"), List.of()));
    assertThat(refused.kind()).isEqualTo(BlessResult.Kind.REFUSED);
    assertThat(refused.notes()).singleElement().asString()
        .isEqualTo("echo-new hung (hang: 10s wall clock) after [a]; pass --allow-hang to bless it as status: hang");
    assertThat(refused.text()).isEqualTo(Files.readString(hangs.file()));

    Blesser.Options allowHang = new Blesser.Options(echo("echo-new"), Budget.DEFAULT, 1, true, List.of());
    BlessResult allowed = Blesser.bless(hangs, allowHang);
    assertThat(expectOf(allowed)).isEqualTo("expect:\n- events: [a]\n  status: hang\n");

    Scenario crashes = write("crashes.yaml", "title: t\nsource: |\n  crash()\n");
    BlessResult crash = Blesser.bless(crashes, allowHang);
    assertThat(crash.kind()).isEqualTo(BlessResult.Kind.REFUSED);
    assertThat(crash.notes()).singleElement().asString().contains("crashed").contains("never blessed");
  }

  @Test
  void anOutcomeAModelCouldNotRunIsNeverBlessed() throws IOException {
    Scenario scenario = write("unsupported.yaml", "title: t\nsource: |\n  b = bytearray()\n");
    Backend model = new Backend() {
      @Override
      public String name() {
        return "cpython-3.11";
      }

      @Override
      public Traits traits() {
        return Traits.of(Map.of("impl", "cpython", "version", "3.11", "kind", "model"));
      }

      @Override
      public Outcome run(String program, Budget budget) {
        return Outcome.unsupported(List.of(), "NotImplementedError",
            "bytearray() is not supported by the model (line 1, column 4)", "", Duration.ZERO);
      }
    };
    BlessResult refused = Blesser.bless(scenario, options(List.of(model), List.of()));
    assertThat(refused.kind()).isEqualTo(BlessResult.Kind.REFUSED);
    assertThat(refused.notes()).singleElement().asString().isEqualTo("cpython-3.11 could not run the program"
        + " (unsupported: NotImplementedError: bytearray() is not supported by the model (line 1, column 4));"
        + " an unsupported outcome is never blessed");
  }

  @Test
  void outcomesThatDifferBetweenRepeatedRunsAreReportedAndNotBlessed() throws IOException {
    Scenario scenario = write("flaky.yaml", "title: t\nsource: |\n  event(\"@swap1\")\n  event(\"@swap2\")\n");
    BlessResult r = Blesser.bless(scenario,
        new Blesser.Options(echo("echo-new", "echo-flaky"), Budget.DEFAULT, 4, false, List.of()));
    assertThat(r.kind()).isEqualTo(BlessResult.Kind.REFUSED);
    assertThat(r.notes()).first().asString().startsWith("echo-flaky gave 2 different outcomes in 4 runs: 2x");
    assertThat(r.notes()).last().asString().contains("write a partial-order rule");

    Scenario partial = write("partial.yaml", "title: t\nsource: |\n  event(\"@swap1\")\n  event(\"@swap2\")\n"
        + "expect:\n- count: {'@swap1': 1, '@swap2': 1}\n");
    BlessResult kept = Blesser.bless(partial,
        new Blesser.Options(echo("echo-new", "echo-flaky"), Budget.DEFAULT, 4, false, List.of()));
    assertThat(kept.kind()).isEqualTo(BlessResult.Kind.UNCHANGED);
    assertThat(kept.notes()).last().asString().isEqualTo("every run meets the existing rules, so they are kept");
  }

  @Test
  void errorsAreWrittenAsTheirTypeAndStatusCompletedIsLeftOut() throws IOException {
    Scenario scenario = write("raises.yaml", "title: t\nsource: |\n  event(\"x\")\n  raise KeyError\n");
    BlessResult r = Blesser.bless(scenario, options(echo("echo-new"), List.of()));
    assertThat(expectOf(r)).isEqualTo("expect:\n- events: [x]\n  error: KeyError\n");
    assertThat(Blesser.bless(scenario, options(List.of(), List.of())).kind()).isEqualTo(BlessResult.Kind.REFUSED);
  }
}
