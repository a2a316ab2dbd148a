package io.lifeline.scenario;

/**
 * The backend SPI: something that runs a Python program and reports the events it emitted.
 *
 * <p>A program calls {@code event(*parts)}; the backend joins the parts' {@code str()} with one space and
 * records the line. Events emitted after the script body ends (interpreter shutdown) go to
 * {@link Outcome#shutdownEvents()}. Implementations must be safe to call from several threads at once and must
 * never throw: every fault becomes an outcome with status CRASH (or HANG for an exceeded budget).
 */
public interface Backend {

  /** Stable name, part of reports and unique ids: {@code cpython-3.11}, {@code real:cpython-3.11.7}. */
  String name();

  /** Traits that scenario rules match on. */
  Traits traits();

  /** Whether this is a real interpreter (as opposed to an in-repo model). */
  default boolean isReal() {
    return "real".equals(traits().get(Traits.KIND).orElse(""));
  }

  /**
   * Runs one program.
   *
   * @param program the complete Python source (includes already prepended)
   * @param budget the limits of this run
   */
  Outcome run(String program, Budget budget);

  /**
   * Runs one program recording, where the backend can, why each event happened: the outcome's detail then starts
   * with {@code trace-refs:} and one line per event emitted while an object was being deallocated, naming the
   * instruction, line and frame that dropped the last reference. Backends that cannot record it just run.
   */
  default Outcome runTracingRefs(String program, Budget budget) {
    return run(program, budget);
  }
}
