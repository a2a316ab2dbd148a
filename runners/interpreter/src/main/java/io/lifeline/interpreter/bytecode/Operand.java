package io.lifeline.interpreter.bytecode;

/** What an instruction's argument means; the disassembler uses it to print the argument. */
public enum Operand {
  /** No argument. */
  NONE,
  /** Index into co_consts. */
  CONST,
  /** Index into localsplus (a fast local). */
  LOCAL,
  /** Index into localsplus of a cell or free variable. */
  DEREF,
  /** Index into co_names. */
  NAME,
  /** Absolute instruction index of the jump target. */
  JUMP,
  /** A count of stack items. */
  COUNT,
  /** A small flag or bit set. */
  FLAG,
  /** A {@link BinaryOp} ordinal. */
  BINOP,
  /** A {@link CompareOp} ordinal. */
  CMP
}
