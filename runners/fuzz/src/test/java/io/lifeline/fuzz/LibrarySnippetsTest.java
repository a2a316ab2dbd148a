package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.ModelBackend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The library's constructs appear in generated programs, and the models run those programs to their end: a model
 * that called one unsupported would be skipped by the fuzzer, not compared.
 */
class LibrarySnippetsTest {
  private static final List<Feature> LIBRARY = List.of(Feature.PARTIAL, Feature.C_ITERATOR, Feature.DATACLASS,
      Feature.DEQUE, Feature.LRU_CACHE, Feature.PROPERTY_DELETER, Feature.ANNOTATION, Feature.ASYNC_GENERATOR,
      Feature.ASYNCIO_TASK);
  private static final int PROGRAMS = 150;
  private static final int PER_FEATURE = 3;

  /** For each library feature, the first programs of seed 9 that use it. */
  private static Map<Feature, List<Program>> samples() {
    Map<Feature, List<Program>> found = new EnumMap<>(Feature.class);
    ProgramGenerator g = new ProgramGenerator(9);
    for (int i = 0; i < PROGRAMS; i++) {
      Program p = g.program(i);
      for (Feature f : Feature.of(p.source())) {
        List<Program> list = found.computeIfAbsent(f, k -> new ArrayList<>());
        if (LIBRARY.contains(f) && list.size() < PER_FEATURE) {
          list.add(p);
        }
      }
    }
    return found;
  }

  @Test
  void everyLibraryFeatureAppearsSeveralTimesOverAHundredAndFiftyPrograms() {
    Map<Feature, List<Program>> found = samples();
    for (Feature f : LIBRARY) {
      assertThat(found.get(f)).as(f.label()).hasSize(PER_FEATURE);
    }
  }

  @Test
  void theLanguageConstructsKeepTheirShare() {
    int library = 0;
    int programs = 400;
    for (int i = 0; i < programs; i++) {
      String src = new ProgramGenerator(4).program(i).source();
      library += Feature.of(src).stream().anyMatch(LIBRARY::contains) || src.contains("class N") ? 1 : 0;
    }
    assertThat(library).as("programs using the library").isBetween(programs / 4, programs * 3 / 4);
  }

  @Test
  void theModulesTheyUseAreImportedBeforeTheImportGarbageIsCollected() {
    for (int i = 0; i < PROGRAMS; i++) {
      String src = new ProgramGenerator(9).program(i).source();
      String first = src.lines().findFirst().orElseThrow();
      for (String module : List.of("asyncio", "collections", "dataclasses", "functools", "itertools")) {
        assertThat(src.contains(module + ".")).as(src).isEqualTo(first.contains(" " + module + ","));
      }
      assertThat(src.lines().skip(1)).as(src).noneMatch(l -> l.matches("\\s*import (asyncio|functools).*"));
    }
  }

  @Test
  void programsUsingThemRunToTheirEndOnTheCpythonAndPypyModels() {
    Budget budget = Budget.DEFAULT.withWallClock(Duration.ofSeconds(20));
    List<ModelBackend> models = List.of(ModelBackend.cpython311(), ModelBackend.cpython313(), ModelBackend.pypy7311());
    List<String> failures = new ArrayList<>();
    for (Feature f : LIBRARY) {
      for (Program p : samples().get(f)) {
        for (ModelBackend m : models) {
          Outcome o = m.run(p.source(), budget);
          if (o.status() != Status.COMPLETED || !o.events().contains("end")) {
            failures.add(f.label() + " on " + m.name() + ": " + o.statusLine() + "\n" + p.source());
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
