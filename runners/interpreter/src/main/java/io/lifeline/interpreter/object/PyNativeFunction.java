package io.lifeline.interpreter.object;

/**
 * A built-in function or method descriptor. Immortal. A descriptor ({@link #isMethod}) found on a type is
 * called with the instance as its first argument, and LOAD_METHOD pushes it unbound.
 */
public final class PyNativeFunction extends PyObject {
  public final String name;
  public final NativeFn fn;
  public final boolean isMethod;
  /**
   * For a method of a built-in type that can be derived from ({@link PyType#holdsStorage}): that type, so that a
   * call with an instance of a class deriving from it works on the instance's storage. Null otherwise.
   */
  public PyType owner;
  /**
   * Whether a call releases its arguments last first, as a Python {@code def f(*parts)} does when its frame drops
   * the packed tuple (tupledealloc), or 3.10's caller pops them: the real interpreters' {@code event} is such a
   * Python function (runners/real Prelude), so the model's native {@code event} releases like it.
   */
  public boolean releasesArgsLastFirst;

  public PyNativeFunction(PyType type, String name, NativeFn fn, boolean isMethod) {
    super(type);
    immortal = true;
    this.name = name;
    this.fn = fn;
    this.isMethod = isMethod;
  }

  @Override
  public String toString() {
    return "<built-in function " + name + ">";
  }
}
