package io.lifeline.junit;

import io.lifeline.scenario.StartupTrace;
import java.util.List;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;
import org.junit.platform.engine.support.hierarchical.SameThreadHierarchicalTestExecutorService;

/**
 * The {@code lifeline} test engine: discovers scenario files and runs each on the selected backends, one
 * container per scenario and one test per backend. Scenarios run in parallel ({@link Constants#JOBS}).
 */
public final class LifelineTestEngine extends HierarchicalTestEngine<LifelineExecutionContext> {

  @Override
  public String getId() {
    return Constants.ENGINE_ID;
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    StartupTrace.mark("engine: discover");
    EngineDescriptor engine = new EngineDescriptor(uniqueId, "lifeline");
    Discovery discovery = new Discovery(EngineConfig.from(request.getConfigurationParameters()));
    EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
        .addSelectorResolver(ctx -> new PathSelectorResolver(discovery))
        .addSelectorResolver(ctx -> new UniqueIdSelectorResolver(discovery))
        .build()
        .resolve(request, engine);
    StartupTrace.mark("engine: discovered");
    return engine;
  }

  @Override
  protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
    StartupTrace.mark("engine: execute");
    int jobs = EngineConfig.from(request.getConfigurationParameters()).jobs();
    // One scenario has nothing to run beside it: a worker pool would only add its start-up (a tenth of a
    // one-scenario command), so it runs on this thread as with --jobs 1.
    if (jobs <= 1 || request.getRootTestDescriptor().getChildren().size() <= 1) {
      return new SameThreadHierarchicalTestExecutorService();
    }
    return new ForkJoinPoolHierarchicalTestExecutorService(new FixedParallelism(jobs));
  }

  @Override
  protected LifelineExecutionContext createExecutionContext(ExecutionRequest request) {
    EngineConfig config = EngineConfig.from(request.getConfigurationParameters());
    return new LifelineExecutionContext(request.getEngineExecutionListener(), config.budget(), config.repeats(),
        config.traceRefs(), config.baseline(), null, List.of());
  }

  /** A pool of exactly {@code jobs} workers. */
  private record FixedParallelism(int jobs) implements ParallelExecutionConfiguration {
    @Override public int getParallelism() { return jobs; }
    @Override public int getMinimumRunnable() { return jobs; }
    @Override public int getMaxPoolSize() { return jobs + 256; }
    @Override public int getCorePoolSize() { return jobs; }
    @Override public int getKeepAliveSeconds() { return 30; }
  }
}
