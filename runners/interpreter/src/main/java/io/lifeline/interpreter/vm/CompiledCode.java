package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;

/**
 * A code object's instructions as one JVM method, made by {@link Jit}: the same instruction methods the dispatch
 * loop runs ({@code VM.op*}), called in sequence with their arguments as constants, jumps as JVM branches, so no
 * instruction pays for dispatch.
 */
public interface CompiledCode {
  /**
   * Runs {@code f}'s instructions from index {@code pc} until one that compiled code leaves to the dispatch loop
   * (calls, returns, yields, raises, and instructions without a shared method), and returns that one's index,
   * not yet executed. Each instruction it runs first sets {@code f.lasti} and counts against the budget, as the
   * loop does; an exception leaves with {@code f.lasti} at the raising instruction.
   */
  int run(VM vm, Frame f, int pc);
}
