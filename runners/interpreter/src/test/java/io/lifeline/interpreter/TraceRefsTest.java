package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import org.junit.jupiter.api.Test;

/** --trace-refs says which instruction dropped the last reference behind each event. */
class TraceRefsTest {
  @Test
  void eachFinalizerEventNamesTheInstructionLineAndFunctionThatReleasedTheObject() {
    String src = """
        import gc
        class A:
            def __del__(self):
                event("del")
        def callee(x):
            x = None
            event("after")
        callee(A())
        a = A()
        a.me = a
        del a
        gc.collect()
        """;
    Outcome o = ModelBackend.cpython311().runTracingRefs(src, Budget.DEFAULT);
    assertThat(o.events()).containsExactly("del", "after", "del");
    assertThat(o.detail())
        .contains("event 'del' <- STORE_FAST at line 6 in callee released A@")
        .contains("event 'del' <- the cycle collector");
  }
}
