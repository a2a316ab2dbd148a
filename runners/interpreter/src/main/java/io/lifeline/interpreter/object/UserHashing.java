package io.lifeline.interpreter.object;

/**
 * Python-level {@code __hash__} and {@code __eq__} for dict and set keys whose class defines them. The
 * interpreter running on the current thread installs itself, so hashing from inside the containers can
 * call back into guest code (which may raise).
 */
public interface UserHashing {
  ThreadLocal<UserHashing> CURRENT = new ThreadLocal<>();

  /** The {@code __hash__} of an instance whose class defines it, or null to use the built-in hash. */
  Long userHash(PyObject o);

  /** {@code a == b} when either defines {@code __eq__}, or null to compare by identity. */
  Boolean userEquals(PyObject a, PyObject b);
}
