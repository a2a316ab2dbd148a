/**
 * Execution: the dispatch loop and call machinery ({@link io.lifeline.interpreter.vm.VM}), interpreter
 * frames, the interpreter state ({@link io.lifeline.interpreter.vm.Interp}), the object protocol
 * ({@link io.lifeline.interpreter.vm.Ops}) and the built-in types.
 */
package io.lifeline.interpreter.vm;
