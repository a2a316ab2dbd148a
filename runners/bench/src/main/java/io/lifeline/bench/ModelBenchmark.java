package io.lifeline.bench;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One complete run of a benchmark program on a model backend (a fresh interpreter each time, as the runner does):
 * tokenize, parse, compile, execute, shut down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelBenchmark {

  @Param({"alloc", "calls", "generators"})
  public String program;

  @Param({"cpython-3.11"})
  public String backend;

  private Backend model;
  private String source;

  @Setup
  public void setUp() {
    model = BackendCatalog.discover(new BackendOptions(false, List.of())).select(List.of(backend)).get(0);
    source = BenchPrograms.source(program);
    Outcome check = model.run(source, Budget.DEFAULT);
    if (check.status() != Status.COMPLETED) {
      throw new IllegalStateException(program + " does not complete on " + backend + ": " + check.statusLine()
          + "\n" + check.detail());
    }
  }

  @Benchmark
  public Outcome run() {
    return model.run(source, Budget.DEFAULT);
  }
}
