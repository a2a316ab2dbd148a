package io.lifeline.interpreter.object;

import io.lifeline.interpreter.vm.Interp;

/**
 * The body of a built-in function. Arguments are borrowed (the caller's stack keeps them until the call
 * returns); keyword values follow the positional ones, named by {@code kwnames} (null when none).
 * Returns a new reference, or throws {@link io.lifeline.interpreter.vm.PyException}.
 */
@FunctionalInterface
public interface NativeFn {
  PyObject call(Interp in, PyObject[] args, PyTuple kwnames);
}
