package io.lifeline.junit;

/** Configuration parameters of the lifeline engine, and the names of its report entries. */
public final class Constants {
  private Constants() {}

  /** The engine id, used in unique ids and {@code @IncludeEngines("lifeline")}. */
  public static final String ENGINE_ID = "lifeline";

  /** Comma-separated {@code --backend} selectors (names, {@code real}, {@code model}, {@code trait=value}); all when unset. */
  public static final String BACKENDS = "lifeline.backends";

  /** {@code auto} (default) discovers real interpreters; {@code off} does not. */
  public static final String REAL = "lifeline.real";

  /** Comma-separated paths of interpreters added by hand. */
  public static final String PYTHONS = "lifeline.python";

  /** Scenarios run in parallel: this many at once; default the number of cores. */
  public static final String JOBS = "lifeline.jobs";

  /** Wall-clock budget of one run in seconds (default 10). */
  public static final String TIMEOUT_SECONDS = "lifeline.timeout";

  /**
   * Runs of each (scenario, backend), default 1. With more, the verdict is the worst run's and each result
   * reports whether the runs disagreed ({@code lifeline run --verify N}).
   */
  public static final String VERIFY = "lifeline.verify";

  /** The case root that unique-id selectors are resolved against; default {@code cases} (under {@code lifeline.root}). */
  public static final String CASES = "lifeline.cases";

  /** Report entry on each backend test: the judgement as JSON, see {@link ResultEntries}. */
  public static final String RESULT_ENTRY = "lifeline.result";

  /** Report entry on each file that did not load: its located errors as JSON. */
  public static final String LOAD_ERRORS_ENTRY = "lifeline.loadErrors";

  /** Report entry on each scenario container: the outcome groups and their diffs as JSON. */
  public static final String GROUPS_ENTRY = "lifeline.groups";
}
