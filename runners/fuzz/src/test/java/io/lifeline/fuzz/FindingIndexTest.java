package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingIndexTest {
  static final Pair PAIR = new Pair(FakeBackend.model("cpython", "3.11"), FakeBackend.real("cpython", "3.11.7"));
  static final Pair OTHER = new Pair(FakeBackend.model("cpython", "3.12"), FakeBackend.real("cpython", "3.12.1"));

  static Finding finding(Pair pair, int index, Divergence d, Set<Feature> features) {
    Program p = new Program(1, index, List.of(new Stmt.Pass()));
    Outcome o = Outcome.completed(List.of(), List.of(), Duration.ZERO);
    return new Finding(pair, p, p, d, features, o, o, List.of());
  }

  @Test
  void findingsWithTheSameSignatureMerge() {
    FindingIndex index = new FindingIndex();
    Finding first = finding(PAIR, 1, new Divergence(3, "leave f3", "del o7"), Set.of(Feature.POSITIONAL_TEMPORARY));
    Finding same = finding(PAIR, 8, new Divergence(0, "leave f12", "del o1"), Set.of(Feature.POSITIONAL_TEMPORARY));
    assertThat(index.add(first)).isTrue();
    assertThat(index.add(same)).isFalse();
    assertThat(index.distinct()).containsExactly(first);
    assertThat(index.count(first)).isEqualTo(2);
  }

  @Test
  void anotherPairEventOrConstructIsAnotherFinding() {
    FindingIndex index = new FindingIndex();
    Divergence d = new Divergence(0, "leave f3", "del o7");
    assertThat(index.add(finding(PAIR, 1, d, Set.of(Feature.POSITIONAL_TEMPORARY)))).isTrue();
    assertThat(index.add(finding(OTHER, 2, d, Set.of(Feature.POSITIONAL_TEMPORARY)))).isTrue();
    assertThat(index.add(finding(PAIR, 3, new Divergence(0, "leave f3", "cb o7"), Set.of(Feature.POSITIONAL_TEMPORARY)))).isTrue();
    assertThat(index.add(finding(PAIR, 4, d, Set.of(Feature.KEYWORD_TEMPORARY)))).isTrue();
    assertThat(index.distinct()).hasSize(4);
  }

  @Test
  void aProgramContainingAFindingsConstructsIsCoveredByIt() {
    FindingIndex index = new FindingIndex();
    Finding f = finding(PAIR, 1, new Divergence(3, "leave f3", "del o7"), Set.of(Feature.POSITIONAL_TEMPORARY));
    index.add(f);
    Divergence later = new Divergence(9, "leave f20", "del o31");
    assertThat(index.covering(PAIR, later, Set.of(Feature.POSITIONAL_TEMPORARY, Feature.GENERATOR))).contains(f);
    assertThat(index.covering(PAIR, later, Set.of(Feature.GENERATOR))).isEmpty();
    assertThat(index.covering(OTHER, later, Set.of(Feature.POSITIONAL_TEMPORARY))).isEmpty();
    index.countDuplicate(f);
    assertThat(index.count(f)).isEqualTo(2);
  }
}
