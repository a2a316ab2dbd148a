package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.ModelBackend;
import io.lifeline.interpreter.vm.Policies;
import io.lifeline.interpreter.vm.Policies.CallConvention;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Traits;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's seeded model bug: the real cpython-3.11 model with one policy changed (call arguments held by the
 * caller, as in 3.10, instead of moved into the callee's frame as 3.11 does since bpo-45256) is found by the
 * fuzzer against real CPython 3.11 and shrunk to a program of a few lines that still shows it. The unchanged
 * model runs alongside, so the divergence found is the seeded one, not one of the model's own open findings.
 */
class SeededModelBugTest {
  private static final Budget BUDGET = Budget.DEFAULT.withWallClock(Duration.ofSeconds(10));
  private static final int PROGRAMS = 30;

  /** cpython-3.11 with pycall HOLD: used only here. */
  static ModelBackend holdingVariant() {
    ModelBackend model = ModelBackend.cpython311();
    Policies hold = model.policies().withPycall(CallConvention.HOLD);
    Map<String, String> traits = new LinkedHashMap<>(model.traits().asMap());
    traits.put("pycall", "hold");
    return new ModelBackend(model.name() + "~hold", Traits.of(traits), hold);
  }

  @Test
  void aModelWithOnePolicyChangedIsFoundAndShrunkToAFewLines() {
    ModelBackend variant = holdingVariant();
    ModelBackend model = ModelBackend.cpython311();
    ForkServerBackend real = Interpreters.forkServer("3.11");
    Fuzzer fuzzer = new Fuzzer(new FuzzOptions(1, PROGRAMS, null, 1, BUDGET, 600), List.of(variant, model),
        List.of(real), CompileCheck.on(real), new FuzzListener() {});
    assertThat(fuzzer.pairs()).extracting(Pair::real).containsExactly(real, real);
    Pair seeded = fuzzer.pairs().get(0);
    Pair unchanged = fuzzer.pairs().get(1);

    ProgramGenerator g = new ProgramGenerator(1);
    Fuzzer.ProgramRun run = null;
    for (int i = 0; i < PROGRAMS && run == null; i++) {
      Fuzzer.ProgramRun r = fuzzer.runProgram(g.program(i));
      run = r.divergences().containsKey(seeded) && !r.divergences().containsKey(unchanged) ? r : null;
    }
    assertThat(run).as("a program of seed 1 on which only the seeded variant diverges").isNotNull();

    Finding f = fuzzer.shrink(run.program(), seeded, run.divergences().get(seeded), run.outcomes().get(real));

    String source = f.shrunk().source();
    List<String> body = source.lines().skip(ProgramGenerator.PROLOGUE).toList();
    // Both observed classes and watch() take 12 lines; the call that shows the bug, one more.
    assertThat(body).as("after the imports, gc.disable() and gc.collect():\n" + source).hasSizeLessThanOrEqualTo(13);
    assertThat(f.shrunk().size()).isLessThan(run.program().size() / 4);
    Divergence again = Divergence.between(variant.run(source, BUDGET), real.run(source, BUDGET));
    assertThat(again).as(source).isNotNull();
    assertThat(again.sameAs(run.divergences().get(seeded))).as(source).isTrue();
    assertThat(Divergence.between(model.run(source, BUDGET), real.run(source, BUDGET)))
        .as("the unchanged model agrees with real 3.11 on\n" + source).isNull();
  }
}
