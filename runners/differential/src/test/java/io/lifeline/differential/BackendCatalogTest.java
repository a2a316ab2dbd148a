package io.lifeline.differential;

import static io.lifeline.differential.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.BackendProvider;
import io.lifeline.scenario.Traits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendCatalogTest {

  private static Backend backend(String name, String kind, String impl, String version, String reclaim) {
    return new Scripted(name, Traits.of(Map.of("impl", impl, "version", version, "kind", kind, "reclaim", reclaim)),
        completed());
  }

  private final BackendCatalog catalog = BackendCatalog.of(List.of(new BackendProvider() {
    @Override
    public List<Backend> backends(BackendOptions options) {
      return List.of(
          backend("real:cpython-3.10.13", "real", "cpython", "3.10.13", "refcount"),
          backend("cpython-3.11", "model", "cpython", "3.11", "refcount"),
          backend("real:cpython-3.9.18", "real", "cpython", "3.9.18", "refcount"),
          backend("pypy-7.3.11", "model", "pypy", "7.3.11", "tracing"),
          backend("cpython-3.10", "model", "cpython", "3.10", "refcount"));
    }
  }), BackendOptions.DEFAULT);

  @Test
  void modelsComeFirstThenRealInterpretersInVersionOrder() {
    assertThat(catalog.all()).extracting(Backend::name).containsExactly(
        "cpython-3.10", "cpython-3.11", "pypy-7.3.11", "real:cpython-3.9.18", "real:cpython-3.10.13");
  }

  @Test
  void selectsByNameKindAndTrait() {
    assertThat(catalog.select(List.of("cpython-3.11"))).extracting(Backend::name).containsExactly("cpython-3.11");
    assertThat(catalog.select(List.of("real"))).hasSize(2);
    assertThat(catalog.select(List.of("reclaim=tracing"))).extracting(Backend::name).containsExactly("pypy-7.3.11");
    assertThat(catalog.select(List.of("version=3.10"))).extracting(Backend::name)
        .containsExactly("cpython-3.10", "real:cpython-3.10.13");
    assertThat(catalog.select(List.of())).hasSize(5);
  }

  @Test
  void unknownSelectorIsAUsageError() {
    assertThatThrownBy(() -> catalog.select(List.of("cpython-2.7")))
        .isInstanceOf(UnknownBackendException.class)
        .hasMessageContaining("cpython-2.7").hasMessageContaining("available: cpython-3.10");
  }
}
