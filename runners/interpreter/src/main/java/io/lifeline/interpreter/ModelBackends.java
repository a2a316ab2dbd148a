package io.lifeline.interpreter;

import io.lifeline.interpreter.compiler.Disassembler;
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
        ModelBackend.cpython313(),
        ModelBackend.pypy7311(),
        ModelBackend.pypy7318());
  }

  /**
   * The text of {@code lifeline disasm FILE.py}: every code object with each instruction's stack effect
   * and reference ownership, compiled as cpython-3.11 compiles it. Throws
   * {@link io.lifeline.interpreter.compiler.PySyntaxError} (located) for source the model cannot compile.
   */
  public static String disassemble(String source) {
    return disassemble(source, ModelBackend.cpython311());
  }

  /** The same, compiled as {@code backend} compiles it (3.12+ inline comprehensions, PEP 709). */
  public static String disassemble(String source, ModelBackend backend) {
    Interp in = backend.newInterp(false);
    return Disassembler.disassemble(in.compile(source));
  }

  /** The model backend called {@code name}, if there is one. */
  public static java.util.Optional<ModelBackend> named(String name) {
    return all().stream().filter(b -> b.name().equals(name)).map(ModelBackend.class::cast).findFirst();
  }
}
