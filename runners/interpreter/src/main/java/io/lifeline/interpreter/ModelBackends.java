package io.lifeline.interpreter;

import io.lifeline.interpreter.bytecode.Disassembler;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.scenario.Backend;
import java.util.List;

/** The in-repo model backends, for registration with the differential runner. */
public final class ModelBackends {
  private ModelBackends() {}

  public static List<Backend> all() {
    return List.of(
        ModelBackend.cpython310(),
        ModelBackend.cpython311(),
        ModelBackend.cpython312(),
        ModelBackend.cpython313());
  }

  /**
   * The text of {@code lifeline disasm FILE.py}: every code object with each instruction's stack effect
   * and reference ownership. Throws {@link io.lifeline.interpreter.compiler.PySyntaxError} (located) for
   * source the model cannot compile.
   */
  public static String disassemble(String source) {
    Interp in = new Interp(Policies.cpython311(), 0, false);
    return Disassembler.disassemble(in.compile(source));
  }
}
