package io.lifeline.interpreter.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.ModelBackend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import org.junit.jupiter.api.Test;

/**
 * functools on the models beyond the program corpus (programs/functools_partial_reduce_wraps.py): the native
 * {@code _functools} exists where CPython has it and not on PyPy (real CPython 3.11.7 imports it, real PyPy 7.3.11
 * raises ModuleNotFoundError), and what is not modelled yet stops the run as unsupported, naming it.
 */
class FunctoolsModuleTest {
  private static final String IMPORT_C_HALF = """
      try:
          import _functools
          event("has _functools", _functools.partial.__name__)
      except ImportError as e:
          event(type(e).__name__, e)
      """;

  @Test
  void theNativeHalfIsThereOnCPythonModels() {
    Outcome o = ModelBackend.cpython311().run(IMPORT_C_HALF, Budget.DEFAULT);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("has _functools partial");
  }

  @Test
  void pypyHasNoNativeHalf() {
    Outcome o = ModelBackend.pypy7311().run(IMPORT_C_HALF, Budget.DEFAULT);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("ModuleNotFoundError No module named '_functools'");
  }

  @Test
  void aCollectionLeavesTheModuleIntact() {
    Outcome o = ModelBackend.cpython311().run("""
        import functools, gc
        gc.collect()
        event(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.wraps(len).func.__name__)
        """, Budget.DEFAULT);
    assertThat(o.status()).as(o.errorMessage()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("6 update_wrapper");
  }

  @Test
  void anUnmodelledFunctoolsNameIsUnsupportedNotAnAttributeError() {
    Outcome o = unsupportedOnCPython311("""
        import functools
        class C:
            @functools.singledispatchmethod
            def size(self):
                return 1
        """);
    assertThat(o.errorMessage()).contains("functools.singledispatchmethod is not supported by the model (line 4");
  }

  @Test
  void lruCacheEvictsOnPyPyModelsAndIsUnsupportedPastEvictionOnCPythonModels() {
    String program = """
        import functools
        @functools.lru_cache(maxsize=1)
        def f(x):
            return x
        f(1)
        f(2)
        event(f(1), f.cache_parameters())
        """;
    // Real PyPy 7.3.11 (Lib/functools.py's Python wrapper): "1 {'maxsize': 1, 'typed': False}".
    Outcome pypy = ModelBackend.pypy7311().run(program, Budget.DEFAULT);
    assertThat(pypy.status()).as(pypy.errorMessage()).isEqualTo(Status.COMPLETED);
    assertThat(pypy.events()).containsExactly("1 {'maxsize': 1, 'typed': False}");
    assertThat(unsupportedOnCPython311(program).errorMessage())
        .contains("functools.lru_cache eviction (a full cache of maxsize 1)").contains("line 6");
  }

  @Test
  void lruCacheOnAMethodIsUnsupportedButANestedFunctionIsNot() {
    Outcome o = unsupportedOnCPython311("""
        import functools
        def outer():
            @functools.lru_cache(maxsize=None)
            def inner(x):
                return x * 2
            return inner(4)
        event(outer())
        class C:
            @functools.cache
            def m(self):
                return 1
        """);
    assertThat(o.events()).containsExactly("8");
    assertThat(o.errorMessage()).contains("functools.lru_cache on a method");
  }

  /** Runs {@code program} on CPython 3.11's model, which stops it as unsupported. */
  private static Outcome unsupportedOnCPython311(String program) {
    Outcome o = ModelBackend.cpython311().run(program, Budget.DEFAULT);
    assertThat(o.status()).as(o.errorMessage()).isEqualTo(Status.UNSUPPORTED);
    return o;
  }
}
