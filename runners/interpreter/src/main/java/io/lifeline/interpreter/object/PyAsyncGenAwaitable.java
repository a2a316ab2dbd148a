package io.lifeline.interpreter.object;

/**
 * What an async generator's {@code __anext__()}/{@code asend(v)} (async_generator_asend) and {@code athrow(...)}/
 * {@code aclose()} (async_generator_athrow) return: an awaitable iterator that drives the generator one step.
 * Each holds the generator and what it sends or throws (genobject.c's ags_gen/ags_sendval, agt_gen/agt_args)
 * until it dies, released in that order (async_gen_asend_dealloc, async_gen_athrow_dealloc).
 */
public final class PyAsyncGenAwaitable extends PyContainer {
  /** AwaitableState: not yet sent to, being iterated, finished. */
  public enum State { INIT, ITER, CLOSED }

  /** Which method made it. */
  public enum Kind { ASEND, ATHROW, ACLOSE }

  public final Kind kind;
  public PyGenerator gen;
  /** asend's value, or athrow's argument tuple (null for aclose). */
  public PyObject payload;
  public State state = State.INIT;

  public PyAsyncGenAwaitable(PyType type, Kind kind, PyGenerator gen, PyObject payload) {
    super(type);
    this.kind = kind;
    this.gen = gen;
    this.payload = payload;
  }

  @Override
  protected void fields(Refs refs) {
    gen = refs.field(gen);
    payload = refs.field(payload);
  }
}
