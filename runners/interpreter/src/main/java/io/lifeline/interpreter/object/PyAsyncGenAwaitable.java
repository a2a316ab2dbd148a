package io.lifeline.interpreter.object;

/**
 * What an async generator's {@code __anext__()}/{@code asend(v)} (async_generator_asend) and {@code athrow(...)}/
 * {@code aclose()} (async_generator_athrow) return: an awaitable iterator that drives the generator one step.
 * Each holds the generator and what it sends or throws (genobject.c's ags_gen/ags_sendval, agt_gen/agt_args)
 * until it dies, released in that order (async_gen_asend_dealloc, async_gen_athrow_dealloc).
 */
public final class PyAsyncGenAwaitable extends PyPairHolder<PyGenerator, PyObject> {
  /** AwaitableState: not yet sent to, being iterated, finished. */
  public enum State { INIT, ITER, CLOSED }

  /** Which method made it. */
  public enum Kind { ASEND, ATHROW, ACLOSE }

  public final Kind kind;
  public State state = State.INIT;

  public PyAsyncGenAwaitable(PyType type, Kind kind, PyGenerator gen, PyObject payload) {
    super(type, gen, payload);
    this.kind = kind;
  }

  /** The async generator it drives. */
  public PyGenerator gen() {
    return first;
  }

  /** asend's value, or athrow's argument tuple (null for aclose). */
  public PyObject payload() {
    return second;
  }
}
