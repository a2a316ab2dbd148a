/**
 * The instruction set ({@link io.lifeline.interpreter.bytecode.Opcode}: the single table of operands,
 * stack effects and reference ownership) and 3.11 exception-table entries. The bottom layer: it names no
 * other package of the interpreter (code objects are Python objects and live in {@code object}; the
 * disassembler reads them and lives in {@code compiler}).
 */
package io.lifeline.interpreter.bytecode;
