package io.lifeline.interpreter.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.ModelBackend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import org.junit.jupiter.api.Test;

/**
 * lifeline_native on the models beyond the program corpus (programs/native_extension_collector.py,
 * programs/pypy_native_extension_cpyext.py): what Finalized's tp_finalize does on each PyPy. Real PyPy 7.3.11 dies
 * of SIGABRT when it calls Finalized's {@code __del__} slot wrapper, at the collection that finds the object dead,
 * after printing "cpyext: missing slot wrapper wrap_del for class lifeline_native.Finalized" (probed: exit status
 * 134, the events before it kept). PyPy 7.3.18's cpyext has wrap_del (pypy/module/cpyext/slotdefs.py of
 * release-pypy3.10-v7.3.18), and allocate_instance registers the W_Root's finalizer because its type has
 * {@code __del__}: on_del runs as a Python {@code __del__} would, once, at the collection that finds it dead.
 * No real 7.3.18 is here to probe; these are its sources' expectations.
 */
class LifelineNativeModuleTest {
  private static final String FINALIZED_DIES = """
      import gc
      import lifeline_native as native
      f = native.Finalized(on_del=lambda o: event("on_del", type(o).__name__))
      event("made")
      del f
      event("dropped")
      gc.collect()
      event("collected")
      gc.collect()
      event("end")
      """;

  @Test
  void pypy7311AbortsWhenItCallsTheMissingSlotWrapper() {
    Outcome o = ModelBackend.pypy7311().run(FINALIZED_DIES, Budget.DEFAULT);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.CRASH);
    assertThat(o.errorMessage()).isEqualTo("killed by signal 6 (SIGABRT)");
    assertThat(o.events()).containsExactly("made", "dropped");
    assertThat(o.detail()).contains("cpyext: missing slot wrapper wrap_del for class lifeline_native.Finalized");
  }

  @Test
  void pypy7318CallsOnDelAtTheCollectionThatFindsItDead() {
    Outcome o = ModelBackend.pypy7318().run(FINALIZED_DIES, Budget.DEFAULT);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("made", "dropped", "on_del Finalized", "collected", "end");
  }

  @Test
  void cpythonCallsOnDelFromTpDealloc() {
    Outcome o = ModelBackend.cpython311().run(FINALIZED_DIES, Budget.DEFAULT);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("made", "on_del Finalized", "dropped", "collected", "end");
  }

  @Test
  void aCycleThroughANativeSlotNeverDiesOnPypy7318Either() {
    Outcome o = ModelBackend.pypy7318().run("""
        import gc, weakref
        import lifeline_native as native
        f = native.Finalized(on_del=lambda o: event("on_del"))
        f.ref = f
        alive = weakref.ref(f)
        del f
        gc.collect()
        gc.collect()
        event("alive", alive() is not None)
        """, Budget.DEFAULT);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("alive True");
  }
}
