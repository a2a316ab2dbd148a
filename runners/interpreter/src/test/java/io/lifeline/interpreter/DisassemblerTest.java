package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.compiler.Disassembler;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.bytecode.Ownership;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.vm.Interp;
import org.junit.jupiter.api.Test;

/** The disassembler renders code from the opcode table; the table's stack effects are self-consistent. */
class DisassemblerTest {
  private static PyCode compile(String src) {
    Interp in = ModelBackend.cpython311().newInterp(false);
    return in.compile(src);
  }

  @Test
  void disassemblyShowsOpcodesArgumentsStackEffectsAndOwnership() {
    String text = Disassembler.disassemble(compile("def f(a):\n    b = a\n    return g(b)\n"));
    assertThat(text).contains("Disassembly of <code object <module>")
        .contains("Disassembly of <code object f")
        .contains("STORE_FAST")
        .contains("(b)")
        .contains("value:stolen")
        .contains("CALL")
        .contains("meth_or_null:stolen callable_or_self:stolen args[arg]:stolen res:new")
        .contains("RETURN_VALUE");
  }

  @Test
  void exceptionTableIsListed() {
    String text = Disassembler.disassemble(compile("try:\n    x = 1\nexcept E:\n    pass\n"));
    assertThat(text).contains("ExceptionTable:").contains("PUSH_EXC_INFO").contains("CHECK_EXC_MATCH");
  }

  @Test
  void everyOpcodeSignatureParsesAndKeptSlotsReappearAsOutputs() {
    for (Opcode op : Opcode.values()) {
      for (Opcode.Slot in : op.inputs()) {
        if (in.ownership() == Ownership.KEPT) {
          assertThat(op.outputs()).as(op.name()).anyMatch(out -> out.name().equals(in.name()));
        } else {
          assertThat(in.ownership()).as(op.name()).isIn(Ownership.BORROWED, Ownership.STOLEN);
        }
      }
      assertThat(op.outputs()).as(op.name()).allMatch(s -> s.ownership() == Ownership.NEW);
    }
    assertThat(Opcode.CALL.stackEffect(2)).isEqualTo(-3);
    assertThat(Opcode.BUILD_MAP.stackEffect(2)).isEqualTo(-3);
    assertThat(Opcode.MAKE_FUNCTION.stackEffect(1 | 8)).isEqualTo(-2);
    assertThat(Opcode.FOR_ITER.stackEffect(0)).isEqualTo(1);
    assertThat(Opcode.FOR_ITER.stackEffectOnJump(0)).isEqualTo(-1);
  }
}
