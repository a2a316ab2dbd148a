/**
 * Memory: reference counting and deallocation drivers ({@link io.lifeline.interpreter.memory.Heap}), the
 * generational cycle collector as named phases ({@link io.lifeline.interpreter.memory.CycleCollector}) and
 * the heap verifier used by tests.
 */
package io.lifeline.interpreter.memory;
