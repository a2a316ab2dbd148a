package io.lifeline.interpreter;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.BackendProvider;
import java.util.List;

/** Offers the in-repo model backends to the runner; they need no discovery and ignore the options. */
public final class ModelBackendProvider implements BackendProvider {

  @Override
  public List<Backend> backends(BackendOptions options) {
    return ModelBackends.all();
  }
}
