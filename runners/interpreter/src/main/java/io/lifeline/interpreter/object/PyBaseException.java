package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * An exception instance (built-in or user subclass). BaseException_clear releases, in order, the attribute
 * dict, args, traceback, cause and context; then subtype_dealloc releases the class.
 */
public final class PyBaseException extends PyInstance {
  public PyTuple args;
  public PyObject traceback;
  public PyObject cause;
  public PyObject context;
  public boolean suppressContext;
  /**
   * The members of a built-in subtype (SyntaxError's msg, filename..., ImportError's msg, name, path, SystemExit's
   * code; builtins/ExceptionMembers), null until its {@code __init__} sets them. Released first: SyntaxError_clear
   * and its siblings run before BaseException_clear.
   */
  public PyObject[] members;

  /** BaseException has a dict slot of its own in 3.10 and 3.11: its dict is always an object. */
  public PyBaseException(PyType type, PyTuple args) {
    super(type, true);
    this.args = args;
  }

  /** str(exc): '' for no args, str(arg) for one, repr of the tuple otherwise (handled by Interp). */
  public PyObject messageArg() {
    return args != null && args.items.length == 1 ? args.items[0] : null;
  }

  @Override
  protected void fields(Refs refs) {
    args = refs.field(args);
    traceback = refs.field(traceback);
    cause = refs.field(cause);
    context = refs.field(context);
  }

  /** The instance's own references (its dict), then the exception's. */
  @Override
  public void traverse(Visitor v) {
    if (members != null) {
      for (PyObject m : members) {
        if (m != null) {
          v.visit(m);
        }
      }
    }
    super.traverse(v);
    traverseFields(v);
  }

  @Override
  public void clear(Heap heap) {
    if (members != null) {
      for (int i = 0; i < members.length; i++) {
        PyObject m = members[i];
        members[i] = null;
        heap.xdecref(m);
      }
    }
    super.clear(heap);
    clearFields(heap);
  }

  /** Built-in exception types own no reference to their (immortal) type; subclasses do. */
  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
    if (type.heapType) {
      heap.decref(type);
    }
  }
}
