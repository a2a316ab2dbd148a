package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.memory.TracingCollector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PyPy's import locks, as a program sees them: importlib's _find_and_load takes a _ModuleLock for every module not
 * yet in sys.modules (a failing import too), and _module_locks keeps it by a weakref with a callback. The lock is
 * garbage as soon as the import ends, so under PyPy's tracing collector its lifeline is one more finalizer in the
 * next major collection's queue ({@link TracingCollector#registerLeftover}), which decides the order that queue runs
 * in (probed on PyPy 7.3.11: `import math` between two weakref callbacks' registrations, or before the first
 * {@code weakref.finalize}, whose {@code import atexit} takes one).
 *
 * <p>What real PyPy has loaded decides it, not the model's sys.modules: PyPy's asyncio loads logging, which
 * imports atexit, and the model's Python halves import less. So the loaded set follows real PyPy, recorded in
 * pypy_imports.txt (record_pypy_imports.py): the modules a program starts with, and what importing each module
 * of the table loads. The model's own helper modules (recorded 'missing') take no lock.
 */
final class ImportLocks {
  private static final String MISSING = "missing";
  private static volatile Map<String, List<String>> recorded;

  private final TracingCollector tracer;
  private final Set<String> loaded;

  ImportLocks(TracingCollector tracer) {
    this.tracer = tracer;
    this.loaded = new HashSet<>(recorded().get("startup"));
  }

  /** IMPORT_NAME of {@code name}, before the model looks in its sys.modules. */
  void importing(String name) {
    if (loaded.contains(name)) {
      return;
    }
    List<String> loads = recorded().get(name);
    if (loads != null && loads.size() == 1 && loads.get(0).equals(MISSING)) {
      return;
    }
    tracer.registerLeftover();
    if (loads != null) {
      loaded.addAll(loads);
    }
  }

  private static Map<String, List<String>> recorded() {
    Map<String, List<String>> r = recorded;
    if (r == null) {
      recorded = r = read();
    }
    return r;
  }

  private static Map<String, List<String>> read() {
    Map<String, List<String>> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ImportLocks.class.getResourceAsStream("pypy_imports.txt"), StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
        int colon = l.indexOf(':');
        String rest = l.substring(colon + 1).trim();
        out.put(l.substring(0, colon), rest.isEmpty() ? List.of() : Arrays.asList(rest.split(" ")));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
