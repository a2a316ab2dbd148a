package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyObject;
import java.util.function.UnaryOperator;

/**
 * What every part of the VM works with: the interpreter it belongs to, its heap (every reference count change
 * goes through it) and its operations on objects. One interpreter's parts are made once, with it.
 */
abstract class VmPart {
  final Interp in;
  final Heap heap;
  final Ops ops;

  VmPart(Interp in) {
    this(in, in.ops);
  }

  /** For the parts {@link Ops} makes while it is being made ({@code in.ops} is not set yet). */
  VmPart(Interp in, Ops ops) {
    this.in = in;
    this.heap = in.heap;
    this.ops = ops;
  }

  /**
   * The shape of a one-operand instruction whose result replaces its operand: pops it, applies {@code op}, and
   * releases it (also when {@code op} raises) before pushing the result. Hot instructions spell this out
   * instead (a shared helper made the loop benchmark slower).
   */
  final void replaceTop(Frame f, UnaryOperator<PyObject> op) {
    PyObject v = f.pop();
    PyObject res;
    try {
      res = op.apply(v);
    } finally {
      heap.decref(v);
    }
    f.push(res);
  }
}
