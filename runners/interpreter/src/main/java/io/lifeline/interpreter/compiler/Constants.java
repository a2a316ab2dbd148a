package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;

/** Makes the immortal constant objects a code object owns. Implemented by the interpreter's type registry. */
public interface Constants {
  /** value: Long, BigInteger, Double, String, Boolean, a List of those (a tuple), or null for None. */
  PyObject constant(Object value);

  /** A constant tuple of constants (keyword names, import lists). */
  PyObject tuple(PyObject[] items);

  /** A constant frozenset of constants, built by adding the items in order (PyFrozenSet_New). */
  PyObject frozenset(PyObject[] items);

  PyType codeType();
}
