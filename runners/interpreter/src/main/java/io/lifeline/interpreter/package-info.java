/**
 * The in-repo model backends: {@link io.lifeline.interpreter.ModelBackend} implements the scenario SPI on
 * top of one shared interpreter configured by {@link io.lifeline.interpreter.vm.Policies};
 * {@link io.lifeline.interpreter.Run} is one execution, from source to outcome, including CPython-like
 * finalization. See the module README for the architecture and what is modelled.
 */
package io.lifeline.interpreter;
