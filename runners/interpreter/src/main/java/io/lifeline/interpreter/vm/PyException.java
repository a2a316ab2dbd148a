package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyBaseException;

/**
 * A guest exception in flight through Java code. It owns one reference to {@link #value}; whoever catches
 * it takes that reference over (the dispatch loop pushes it for a handler).
 */
public final class PyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  public final transient PyBaseException value;
  /** Raised by RERAISE or a bare raise: no new traceback entry for the current frame. */
  public final boolean reraise;
  /** Newly raised: its __context__ is set from the handled exception when the loop first catches it. */
  public final boolean fresh;

  public PyException(PyBaseException value, boolean reraise, boolean fresh) {
    super(null, null, false, false);
    this.value = value;
    this.reraise = reraise;
    this.fresh = fresh;
  }

  public PyException(PyBaseException value) {
    this(value, false, true);
  }

  @Override
  public String getMessage() {
    return value.type.name;
  }
}
