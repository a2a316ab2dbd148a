/**
 * The instruction set ({@link io.lifeline.interpreter.bytecode.Opcode}: the single table of operands,
 * stack effects and reference ownership), code objects with 3.11 exception tables, and the disassembler.
 */
package io.lifeline.interpreter.bytecode;
