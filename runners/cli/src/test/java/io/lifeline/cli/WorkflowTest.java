package io.lifeline.cli;

import static io.lifeline.cli.MainTest.fixture;
import static io.lifeline.cli.MainTest.lifeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifeline.authoring.Scaffold;
import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contributor's commands end to end: new, bless, check, and run --verify and partial-order rules. */
class WorkflowTest {

  @TempDir
  Path tmp;

  private static final String PROGRAM = """
      source: |
        import gc
        import weakref
        class Token:
            pass
        def consume(tok):
            r = weakref.ref(tok, lambda _: event("callback"))
            tok = None
            event("rebound")
            return r
        consume(Token())
        gc.collect()
        event("after-call")
      """;

  @Test
  void newThenEditThenBlessThenRunOnRealInterpreters() throws Exception {
    List<Backend> real = BackendCatalog.discover(BackendOptions.DEFAULT).select(List.of()).stream()
        .filter(Backend::isReal).toList();
    assumeTrue(!real.isEmpty(), "no real interpreter found");
    Path cases = Files.createDirectories(tmp.resolve("cases/lib")).getParent();

    MainTest.Run created = lifeline("new", "calling-convention/rebound-argument", "--root", cases.toString());
    assertThat(created.code()).as(created.err()).isZero();
    Path file = cases.resolve("calling-convention/rebound-argument.yaml");
    assertThat(created.out()).contains("created " + file);

    String text = Files.readString(file);
    MainTest.Run untouched = lifeline("bless", file.toString());
    assertThat(untouched.code()).isEqualTo(Main.FAILED);
    assertThat(untouched.out()).startsWith("NOT BLESSED " + file)
        .contains(file + ":2:8: the title is still the placeholder of lifeline new");
    assertThat(Files.readString(file)).isEqualTo(text);

    String head = text.substring(0, text.indexOf("source: |"))
        .replace(Scaffold.TODO_TITLE, "A positional argument is released when the callee rebinds it")
        .replace(Scaffold.TODO_DESCRIPTION, "CPython 3.11 moves arguments into the frame; PyPy waits for a GC.");
    Files.writeString(file, head + PROGRAM);

    MainTest.Run blessed = lifeline("bless", file.toString());
    assertThat(blessed.code()).as(blessed.out() + blessed.err()).isZero();
    assertThat(blessed.out()).startsWith("blessed " + file);
    String afterBless = Files.readString(file);
    assertThat(afterBless).startsWith(head + PROGRAM + "expect:\n");
    boolean cpython310 = real.stream().anyMatch(b -> b.name().startsWith("real:cpython-3.10."));
    boolean cpython311 = real.stream().anyMatch(b -> b.name().startsWith("real:cpython-3.11."));
    if (cpython310 && cpython311) {
      assertThat(afterBless).contains("- when: {impl: cpython, version: '3.10'}\n  events: [rebound, callback,"
          + " after-call]\n");
    }

    assertThat(lifeline("bless", file.toString()).out()).startsWith("unchanged " + file);
    assertThat(Files.readString(file)).isEqualTo(afterBless);

    MainTest.Run run = lifeline("run", file.toString(), "--backend", "real");
    assertThat(run.code()).as(run.out()).isZero();
    assertThat(run.out()).contains(real.size() + " passed, 0 failed, 0 errors, 0 skipped");
  }

  @Test
  void withinGcHoldsOnEveryRealInterpreterForACycleCollectedByGcCollect() throws Exception {
    List<Backend> real = BackendCatalog.discover(BackendOptions.DEFAULT).all().stream().filter(Backend::isReal)
        .toList();
    assumeTrue(!real.isEmpty(), "no real interpreter found");
    Path file = MainTest.scenarioFile(tmp, "cycle/collected.yaml", """
        title: A weakref callback on a cycle runs by the time gc.collect() returns
        source: |
          import gc, weakref
          gc.disable()
          class T:
              pass
          t = T()
          t.self = t
          r = weakref.ref(t, lambda _: event("callback"))
          del t
          event("dropped")
          gc.collect()
          event("end")
        expect:
        - order: ['dropped < callback < end']
          within: {gc: ['dropped < callback']}
          count: {callback: 1}
          absent: [resurrected]
        """);
    MainTest.Run run = lifeline("run", file.toString(), "--backend", "real", "--verify", "2", "--format", "json");
    JsonNode results = run.json().get("results");
    assertThat(results).hasSize(real.size());
    results.forEach(r -> {
      assertThat(r.get("verdict").asText()).as(r.toString()).isEqualTo("pass");
      assertThat(r.get("unstable").asBoolean()).isFalse();
      assertThat(r.get("constraints")).extracting(c -> c.get("met").asBoolean()).containsOnly(true).hasSize(4);
    });
    assertThat(run.code()).isZero();
  }

  @Test
  void runVerifyReportsABackendWhoseRunsDisagree() throws Exception {
    String agree = fixture("cases") + "/demo/agree.yaml";
    String diverge = fixture("cases") + "/demo/diverge.yaml";
    MainTest.Run json = lifeline("run", agree, diverge, "--real", "off", "--backend", "echo-flaky",
        "--backend", "echo-new", "--verify", "4", "--format", "json");
    JsonNode results = json.json().get("results");
    List<String> flags = new ArrayList<>();
    results.forEach(r -> flags.add(r.get("scenario").asText() + " " + r.get("backend").asText() + " "
        + r.get("runs").asInt() + " " + r.get("unstable").asBoolean() + " " + r.get("outcomes").size()));
    assertThat(flags).containsExactly("demo/agree echo-flaky 4 false 1", "demo/agree echo-new 4 false 1",
        "demo/diverge echo-flaky 4 true 2", "demo/diverge echo-new 4 false 1");
    JsonNode flaky = results.get(2);
    assertThat(flaky.get("verdict").asText()).isEqualTo("fail");
    assertThat(flaky.get("outcomes").get(0).get("count").asInt()).isEqualTo(2);
    assertThat(flaky.get("outcomes").get(1).get("events")).extracting(JsonNode::asText)
        .containsExactly("@swap2", "@swap1", "end");

    MainTest.Run text = lifeline("run", diverge, "--real", "off", "--backend", "echo-flaky", "--verify", "2");
    assertThat(text.out()).contains("UNSTABLE demo/diverge [echo-flaky]: 2 different outcomes in 2 runs")
        .contains("  1x completed [@swap1, @swap2, end]").contains("  1x completed [@swap2, @swap1, end]")
        .contains(", 1 unstable");
    assertThat(lifeline("run", diverge, "--real", "off", "--verify", "0").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void partialOrderRulesAreShownConstraintByConstraint() throws Exception {
    String[] echo = {"--real", "off", "--backend", "echo-new", "--backend", "echo-old"};
    List<String> args = new ArrayList<>(List.of("run", fixture("partial"), "--format", "json"));
    args.addAll(List.of(echo));
    JsonNode results = lifeline(args.toArray(new String[0])).json().get("results");
    JsonNode pass = results.get(0);
    assertThat(pass.get("verdict").asText()).isEqualTo("pass");
    assertThat(pass.get("expected").isNull()).isTrue();
    assertThat(pass.get("constraints").toString()).isEqualTo(
        "[{\"constraint\":\"start < @swap1 < @swap2 < end\",\"met\":true,\"detail\":\"\"},"
            + "{\"constraint\":\"within gc: start < @swap2\",\"met\":true,\"detail\":\"\"}]");
    JsonNode fail = results.get(1);
    assertThat(fail.get("verdict").asText()).isEqualTo("fail");
    assertThat(fail.get("constraints")).extracting(c -> c.get("constraint").asText() + " " + c.get("met").asBoolean())
        .containsExactly("@swap1 < @swap2 false", "absent: end false", "count: start = 1 true");

    List<String> textArgs = new ArrayList<>(List.of("run", fixture("partial")));
    textArgs.addAll(List.of(echo));
    MainTest.Run text = lifeline(textArgs.toArray(new String[0]));
    assertThat(text.out()).contains("FAIL demo/timing [echo-old]: 2 of 3 constraints broken")
        .contains("  events: [start, @swap2, @swap1, (gc.collect() returned), end]")
        .contains("    BROKEN  @swap1 < @swap2: @swap2 (event 2) occurs before @swap1 (event 3)")
        .contains("    BROKEN  absent: end: end occurs (event 4)")
        .contains("    met     count: start = 1");
  }

  @Test
  void checkReportsLocatedProblemsAndExitsTwo() throws Exception {
    MainTest.Run broken = lifeline("check", fixture("broken"));
    assertThat(broken.code()).isEqualTo(Main.USAGE);
    assertThat(broken.out()).contains("bad-yaml.yaml:4:").contains("unquoted.yaml:5:19: version 3.1 is a YAML number")
        .endsWith("checked 3 files: 2 problems\n");

    Path cases = Files.createDirectories(tmp.resolve("cases/lib")).getParent();
    Files.createDirectories(cases.resolve("fam"));
    Files.writeString(cases.resolve("fam/ok.yaml"), "title: t\nsource: |\n  event('a')\nexpect:\n- events: [a]\n");
    MainTest.Run clean = lifeline("check", cases.toString());
    assertThat(clean.out()).isEqualTo("checked 1 files: 0 problems\n");
    assertThat(clean.code()).isZero();
    assertThat(lifeline("check", "/no/such/dir").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void blessRefusesAHangAndSaysWhy() throws Exception {
    Path file = MainTest.scenarioFile(tmp, "fam/hangs.yaml", "title: t\nsource: |\n  event(\"a\")\n  hang()\n");
    MainTest.Run refused = lifeline("bless", file.toString(), "--real", "off", "--from", "echo-new");
    assertThat(refused.code()).isEqualTo(Main.FAILED);
    assertThat(refused.out()).contains("NOT BLESSED " + file).contains("pass --allow-hang");
    MainTest.Run allowed = lifeline("bless", file.toString(), "--real", "off", "--from", "echo-new", "--allow-hang");
    assertThat(allowed.code()).isZero();
    assertThat(Files.readString(file)).endsWith("expect:\n- when: {impl: echo}\n  events: [a]\n  status: hang\n");
  }
}
