package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.bytecode.Ownership;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.scenario.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checked mode holds every instruction's inputs to their declared ownership (borrowed, stolen, kept), and
 * CALL's to the calling convention the call follows; {@code HeapVerifierTest} runs the whole corpus in checked
 * mode on every model. Here: a declaration made wrong on purpose is caught, in each direction, and CALL's moving
 * and holding declarations are each right under their own convention only.
 */
class OwnershipCheckTest {
  private static final String PROGRAM = """
      class C:
          pass
      def f(a, b):
          x = [a, b]
          return x
      y = f(C(), C())
      [C()]
      """;

  @Test
  void theTablesDeclarationsHoldOnTheMovingAndTheHoldingConventions() {
    for (ModelBackend m : List.of(ModelBackend.cpython311(), ModelBackend.cpython310(), ModelBackend.pypy7311())) {
      Inspect.Result r = Inspect.run(m, PROGRAM, in -> in.checkStackEffects = true);
      assertThat(r.outcome().status()).as(m.name() + ": " + r.outcome().detail()).isEqualTo(Status.COMPLETED);
    }
  }

  @Test
  void aStolenInputDeclaredBorrowedIsCaught() {
    assertCaught(ModelBackend.cpython311(), in -> redeclare(in, Opcode.STORE_FAST, Ownership.BORROWED),
        "STORE_FAST input value (list) is declared borrowed, but the instruction did not release it");
  }

  @Test
  void aBorrowedInputDeclaredStolenIsCaught() {
    assertCaught(ModelBackend.cpython311(), in -> redeclare(in, Opcode.POP_TOP, Ownership.STOLEN),
        "POP_TOP input value (list) is declared stolen, but the instruction released it");
  }

  @Test
  void aBorrowedInputDeclaredKeptIsCaught() {
    assertCaught(ModelBackend.cpython311(), in -> redeclare(in, Opcode.POP_TOP, Ownership.KEPT),
        "POP_TOP input value (list) is declared kept, but the instruction released it");
  }

  @Test
  void callsHoldingDeclarationIsWrongUnderTheMovingConvention() {
    assertCaught(ModelBackend.cpython311(), in -> in.declaredInputs = (o, c) -> o.inputs(Opcode.Calling.HOLDING),
        "CALL input args (C) is declared borrowed until the call returns, but the caller's stack no longer holds it"
            + " in the callee");
  }

  @Test
  void callsMovingDeclarationIsWrongUnderTheHoldingConvention() {
    assertCaught(ModelBackend.cpython310(), in -> in.declaredInputs = (o, c) -> o.inputs(Opcode.Calling.MOVING),
        "CALL (holding convention) input args (C) is declared stolen, but it is still on the caller's stack in the callee");
  }

  /** Declares every input of {@code opcode} with {@code ownership} instead of the table's. */
  private static void redeclare(Interp in, Opcode opcode, Ownership ownership) {
    in.declaredInputs = (o, c) -> {
      if (o != opcode) {
        return o.inputs(c);
      }
      List<Opcode.Slot> slots = new ArrayList<>();
      for (Opcode.Slot s : o.inputs(c)) {
        slots.add(new Opcode.Slot(s.name(), s.count(), ownership));
      }
      return slots;
    };
  }

  private static void assertCaught(ModelBackend m, java.util.function.Consumer<Interp> wrong, String problem) {
    Inspect.Result r = Inspect.run(m, PROGRAM + "z = [i for i in (1, 2)]\n", in -> {
      in.checkStackEffects = true;
      wrong.accept(in);
    });
    assertThat(r.outcome().status()).isEqualTo(Status.CRASH);
    assertThat(r.outcome().detail()).contains(problem);
  }
}
