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
 * raises ModuleNotFoundError), and the C lru_cache wrapper's eviction, statistics and binding as a method.
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
  void lruCacheEvictsTheLeastRecentlyUsedEntryOnEveryModel() {
    String program = """
        import functools
        @functools.lru_cache(maxsize=1)
        def f(x):
            return x
        f(1)
        f(2)
        event(f(1), f.cache_parameters(), f.cache_info())
        """;
    // Real CPython 3.11.7 and PyPy 7.3.11 both print this (C wrapper and Lib/functools.py's Python one).
    for (ModelBackend b : new ModelBackend[] {ModelBackend.cpython311(), ModelBackend.pypy7311()}) {
      Outcome o = b.run(program, Budget.DEFAULT);
      assertThat(o.status()).as(o.errorMessage()).isEqualTo(Status.COMPLETED);
      assertThat(o.events())
          .containsExactly("1 {'maxsize': 1, 'typed': False} CacheInfo(hits=0, misses=3, maxsize=1, currsize=1)");
    }
  }

  @Test
  void lruCacheOnAMethodBindsTheWrapperAsAMethod() {
    Outcome o = ModelBackend.cpython311().run("""
        import functools
        class C:
            @functools.cache
            def m(self, x):
                return x + 1
        c = C()
        event(c.m(1), c.m(1), type(C.__dict__['m']).__name__, C.m is C.__dict__['m'], C.m.cache_info().hits)
        """, Budget.DEFAULT);
    // Real CPython 3.11.7: "2 2 _lru_cache_wrapper True 1".
    assertThat(o.status()).as(o.errorMessage()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("2 2 _lru_cache_wrapper True 1");
  }
}
