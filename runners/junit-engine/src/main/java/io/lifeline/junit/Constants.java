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

  /**
   * {@code K/N}: run only the scenarios of shard K of N, chosen by a fixed hash of the scenario id (see
   * {@code io.lifeline.differential.Shard}); default all.
   */
  public static final String SHARD = "lifeline.shard";

  /**
   * {@code true} runs backends through {@link io.lifeline.scenario.Backend#runTracingRefs}: where a backend records
   * it, each result's detail says why each event happened. Default false.
   */
  public static final String TRACE_REFS = "lifeline.traceRefs";

  /**
   * A baseline file of known results (spec/baselines.md): a failing (scenario, backend) it records with its outcome
   * is reported as aborted (skipped) with the reason, a failure it does not record, or records with another
   * outcome, fails as a regression, and a result it lists that no longer fails says it is fixed. Default: none.
   */
  public static final String BASELINE = "lifeline.baseline";

  /** Report entry on each backend test: the judgement as JSON, see {@link ResultEntries}. */
  public static final String RESULT_ENTRY = "lifeline.result";

  /** Report entry on each file that did not load: its located errors as JSON. */
  public static final String LOAD_ERRORS_ENTRY = "lifeline.loadErrors";

  /** Report entry on each scenario container: the outcome groups and their diffs as JSON. */
  public static final String GROUPS_ENTRY = "lifeline.groups";

  /** Report entry on each scenario container: title, family, tags, links and source as JSON. */
  public static final String SCENARIO_ENTRY = "lifeline.scenario";

  /**
   * Report entry key that test reporters read as a test parameter: Allure's JUnit Platform listener turns
   * {@code {"allure.parameter": NAME, "value": VALUE}} into a parameter of the running test. A well-known key, not
   * an Allure dependency; each backend test publishes its backend this way.
   */
  public static final String PARAMETER_ENTRY = "allure.parameter";

  /** The value key that goes with {@link #PARAMETER_ENTRY}. */
  public static final String PARAMETER_VALUE = "value";
}
