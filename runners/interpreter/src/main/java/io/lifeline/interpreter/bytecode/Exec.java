package io.lifeline.interpreter.bytecode;

/**
 * Where an instruction's body is and how control leaves it. The opcode table gives one per instruction; the
 * build derives from it the VM's handler declarations (generated {@code vm.Instructions}), which instructions
 * compiled code runs ({@code vm.Jit}) and which ones end a basic block ({@link Opcode#isTerminal}).
 */
public enum Exec {
  /**
   * A VM method {@code opXxx(Frame, int pc, int arg)} (named after the opcode) that the dispatch loop and
   * compiled code both call. Control falls through; for a jump operand the method returns true to branch.
   */
  SHARED,
  /** A shared VM method after which control always goes to the argument (an unconditional jump). */
  SHARED_JUMP,
  /**
   * Written in the dispatch loop only (it switches frames, suspends, or is rare enough not to be compiled);
   * compiled code hands it back to the loop. Control falls through.
   */
  LOOP,
  /** Loop only, and control never falls through (a return or a raise). */
  LOOP_EXIT
}
