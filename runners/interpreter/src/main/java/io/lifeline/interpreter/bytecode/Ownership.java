package io.lifeline.interpreter.bytecode;

/** What an instruction does with the reference in one of its stack slots. */
public enum Ownership {
  /** An input the instruction reads and then releases itself (CPython's DECREF_INPUTS). */
  BORROWED,
  /** An input whose reference moves into a local, a container, a frame, or an output. */
  STOLEN,
  /** An input left in place: it appears unchanged among the outputs. */
  KEPT,
  /** An output holding a new reference owned by the stack. */
  NEW
}
