package io.lifeline.differential;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.BackendProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The backends on offer: every {@link BackendProvider} on the class path, asked once. Models come first (by
 * name), then real interpreters (by name), so a real interpreter's column sits after the models.
 */
public final class BackendCatalog {

  private final List<Backend> backends;
  private final List<String> diagnostics;

  private final List<String> notices;

  private BackendCatalog(List<Backend> backends, List<String> diagnostics, List<String> notices) {
    this.backends = List.copyOf(backends);
    this.diagnostics = List.copyOf(diagnostics);
    this.notices = List.copyOf(notices);
  }

  /** Asks every provider found by {@link ServiceLoader}. */
  public static BackendCatalog discover(BackendOptions options) {
    List<BackendProvider> providers = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    var it = ServiceLoader.load(BackendProvider.class, BackendCatalog.class.getClassLoader()).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        providers.add(it.next());
      } catch (java.util.ServiceConfigurationError e) {
        broken.add("backend provider skipped: " + e.getMessage());
      }
    }
    BackendCatalog catalog = of(providers, options);
    if (broken.isEmpty()) {
      return catalog;
    }
    List<String> diagnostics = new ArrayList<>(broken);
    diagnostics.addAll(catalog.diagnostics);
    return new BackendCatalog(catalog.backends, diagnostics, catalog.notices);
  }

  /** Asks the given providers; later providers cannot replace a name an earlier one offered. */
  public static BackendCatalog of(List<BackendProvider> providers, BackendOptions options) {
    Map<String, Backend> byName = new LinkedHashMap<>();
    List<String> diagnostics = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    for (BackendProvider provider : providers) {
      for (Backend b : provider.backends(options)) {
        if (byName.putIfAbsent(b.name(), b) != null) {
          diagnostics.add("backend " + b.name() + " is offered twice; keeping the first");
        }
      }
      diagnostics.addAll(provider.diagnostics());
      notices.addAll(provider.notices());
    }
    List<Backend> sorted = new ArrayList<>(byName.values());
    // Comparisons written out: Comparator's combinators spin their lambda classes at run time (the AOT cache
    // cannot hold them), and the first spin sets up the JDK's class-file generator, about 10 ms of a short command.
    sorted.sort((a, b) -> {
      int real = Boolean.compare(a.isReal(), b.isReal());
      return real != 0 ? real : versionAwareName(a).compareTo(versionAwareName(b));
    });
    return new BackendCatalog(sorted, diagnostics, notices);
  }

  public List<Backend> all() {
    return backends;
  }

  public List<String> diagnostics() {
    return diagnostics;
  }

  /** What the providers say should always be shown ({@link BackendProvider#notices}). */
  public List<String> notices() {
    return notices;
  }

  /**
   * The backends accepted by any of the selectors, in catalog order; all of them when there are no selectors.
   *
   * @throws UnknownBackendException when a selector accepts no backend
   */
  public List<Backend> select(List<String> selectors) {
    if (selectors.isEmpty()) {
      return backends;
    }
    List<BackendSelector> parsed = selectors.stream().map(BackendSelector::new).toList();
    for (BackendSelector s : parsed) {
      if (backends.stream().noneMatch(s::accepts)) {
        throw new UnknownBackendException("no backend matches '" + s.text() + "'; available: "
            + String.join(", ", backends.stream().map(Backend::name).toList()));
      }
    }
    return backends.stream().filter(b -> parsed.stream().anyMatch(s -> s.accepts(b))).toList();
  }

  /** Sort key that orders 3.9 before 3.10 by zero-padding digit runs. */
  private static String versionAwareName(Backend b) {
    StringBuilder sb = new StringBuilder();
    String name = b.name();
    int i = 0;
    while (i < name.length()) {
      if (Character.isDigit(name.charAt(i))) {
        int j = i;
        while (j < name.length() && Character.isDigit(name.charAt(j))) {
          j++;
        }
        String digits = name.substring(i, j);
        sb.append("0".repeat(Math.max(0, 6 - digits.length()))).append(digits);
        i = j;
      } else {
        sb.append(name.charAt(i++));
      }
    }
    return sb.toString();
  }
}
