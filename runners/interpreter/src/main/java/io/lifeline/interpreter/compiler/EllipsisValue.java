package io.lifeline.interpreter.compiler;

/** The constant {@code ...}: the key the compiler gives the Ellipsis singleton in a constants table. */
public record EllipsisValue() {}
