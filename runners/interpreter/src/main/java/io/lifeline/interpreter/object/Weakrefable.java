package io.lifeline.interpreter.object;

/**
 * Marks a class whose every object can be weakly referenced: in CPython, a type with tp_weaklistoffset set
 * (functions, bound methods, modules, generators, frames, sets, weakrefs themselves, partial objects...). A class
 * whose answer depends on the object or its type (a class's instances, by {@code __slots__}) overrides
 * {@link PyObject#weakrefable} instead.
 */
public interface Weakrefable {}
