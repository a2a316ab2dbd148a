package io.lifeline.interpreter.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.ModelBackend;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import org.junit.jupiter.api.Test;

/**
 * The module table: a native module with one type is one class plus one table row (the test-only
 * {@link LifelineTestModule}), every row of the main table names something that loads, and a module is built on
 * first import only.
 */
class ModuleRegistryTest {
  @Test
  void aTestOnlyModuleRegisteredByOneRowImportsOnAModel() {
    Outcome o = ModelBackend.cpython311().run("""
        import _lifeline_test
        p = _lifeline_test.Probe()
        event(p.ping())
        event(type(p).__name__)
        event(len(p), repr(p), str(p))
        """, Budget.DEFAULT);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("pong", "Probe", "1 <probe> <probe>");
  }

  @Test
  void everyMainRowLoadsOnEveryModel() {
    assertThat(ModuleRegistry.rows()).containsKeys("gc", "_weakref", "weakref", "sys", "operator", "atexit",
        "types", "contextlib", "_lifeline_test");
    StringBuilder program = new StringBuilder();
    // PyPy has no _functools (its functools keeps the Python partial and reduce).
    java.util.List<String> onPyPy =
        ModuleRegistry.rows().keySet().stream().filter(n -> !n.equals("_functools")).toList();
    for (String name : onPyPy) {
      program.append("import ").append(name).append("\nevent(").append(name).append(".__name__)\n");
    }
    Outcome o = ModelBackend.pypy7311().run(program.toString(), Budget.DEFAULT);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactlyElementsOf(onPyPy);
  }

  @Test
  void aModuleIsBuiltOnItsFirstImportOnly() {
    Interp in = ModelBackend.cpython311().newInterp(false);
    assertThat(in.modules).isEmpty();
    PyModule gc = ModuleRegistry.load(in, "gc");
    assertThat(in.modules).containsOnlyKeys("gc").containsEntry("gc", gc);
    assertThat(ModuleRegistry.load(in, "no_such_module_here")).isNull();
  }

  @Test
  void anUnknownModuleIsStillModuleNotFoundError() {
    Outcome o = ModelBackend.cpython311().run("import no_such_module_here\n", Budget.DEFAULT);
    assertThat(o.errorType()).isEqualTo("ModuleNotFoundError");
  }
}
