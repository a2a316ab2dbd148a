package io.lifeline.interpreter.bytecode;

/**
 * One row of a code object's exception table (3.11 zero-cost exceptions): an exception raised by an
 * instruction in [start, end) unwinds the value stack to {@code depth} items, pushes the exception and
 * jumps to {@code target}.
 */
public record ExceptionTableEntry(int start, int end, int target, int depth) {}
