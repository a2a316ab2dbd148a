package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProgramGeneratorTest {

  @Test
  void theSameSeedGivesTheSamePrograms() {
    List<String> a = IntStream.range(0, 50).mapToObj(i -> new ProgramGenerator(42).program(i).source()).toList();
    List<String> b = IntStream.range(0, 50).mapToObj(i -> new ProgramGenerator(42).program(i).source()).toList();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void aProgramDependsOnItsIndexOnlyNotOnGenerationOrder() {
    ProgramGenerator g = new ProgramGenerator(7);
    String forward = g.program(9).source();
    IntStream.range(0, 9).forEach(g::program);
    List<String> parallel = IntStream.range(0, 20).parallel().mapToObj(i -> g.program(i).source()).toList();
    assertThat(parallel.get(9)).isEqualTo(forward);
  }

  @Test
  void seedsAndIndexesGiveDifferentPrograms() {
    Set<String> seen = new HashSet<>();
    for (long seed = 1; seed <= 3; seed++) {
      for (int i = 0; i < 30; i++) {
        seen.add(new ProgramGenerator(seed).program(i).source());
      }
    }
    assertThat(seen).hasSize(90);
  }

  @Test
  void everyProgramStartsWithTheGcPrologueAndEndsWithACollect() {
    for (int i = 0; i < 50; i++) {
      String src = new ProgramGenerator(3).program(i).source();
      // The library's modules are imported there too, so the header's collection takes their import garbage.
      assertThat(src).containsPattern("^import (\\w+, )*contextlib, (\\w+, )*gc, (\\w+, )*sys, (\\w+, )*types, "
          + "(\\w+, )*weakref(, \\w+)*\ngc.disable\\(\\)\ngc.collect\\(\\)\n");
      assertThat(src).endsWith("gc.collect()\nevent('end')\n");
    }
  }

  @Test
  void programsAvoidAddressesHashesAndCollectCounts() {
    for (int i = 0; i < 200; i++) {
      String src = new ProgramGenerator(11).program(i).source();
      assertThat(src).doesNotContain("id(", "hash(", "{A(", "set(", "= gc.collect()", "event(gc.collect");
    }
  }

  @Test
  void theGeneratorCoversEveryFeature() {
    Set<Feature> seen = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      seen.addAll(Feature.of(new ProgramGenerator(5).program(i).source()));
    }
    assertThat(seen).containsExactlyInAnyOrder(Feature.values());
  }

  @Test
  void featuresAreReadFromTheSource() {
    String src = String.join("\n",
        "import contextlib, gc, sys, types, weakref", "gc.disable()", "gc.collect()",
        "def f1(*, x):", "    x = None", "f1(x=watch(A('o1')))", "");
    assertThat(Feature.of(src)).containsExactlyInAnyOrder(
        Feature.DEL_FINALIZER, Feature.WEAKREF_CALLBACK, Feature.KEYWORD_TEMPORARY);
  }
}
