package io.lifeline.interpreter.vm;

/**
 * The real interpreter aborts the process here (a fatal error: SIGABRT), as PyPy 7.3.11's cpyext does when a
 * missing slot wrapper is called. Not a guest exception: no handler can catch it, no finalizer runs after it; the
 * run ends as a CRASH with the events so far, as the real interpreter's run does.
 */
public final class ProcessAbort extends Error {
  private static final long serialVersionUID = 1L;

  /** Writes {@code fatal}, what the real interpreter writes to stderr before it aborts, to the run's stderr. */
  public ProcessAbort(Interp in, String fatal) {
    super("killed by signal 6 (SIGABRT)", null, false, false);
    in.stderr.append(fatal).append("\n");
  }
}
