/**
 * The object model: one class per kind of Python object, each stating what it owns (traverse), how it
 * releases it in CPython's dealloc order (releaseContents), and what tp_clear drops (clear).
 */
package io.lifeline.interpreter.object;
