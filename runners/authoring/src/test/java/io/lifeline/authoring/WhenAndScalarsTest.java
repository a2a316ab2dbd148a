package io.lifeline.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The narrowest when, and how values are quoted. */
class WhenAndScalarsTest {

  private static WhenSynthesis.Member m(String impl, String version) {
    return new WhenSynthesis.Member(impl, version);
  }

  @Test
  void theWholeUniverseIsTheDefaultAndAWholeImplementationIsImplAlone() {
    List<WhenSynthesis.Member> all = List.of(m("cpython", "3.10.13"), m("pypy", "7.3.11"));
    assertThat(WhenSynthesis.clauses(all, all)).containsExactly(Map.of());
    assertThat(WhenSynthesis.clauses(List.of(m("pypy", "7.3.11")), all))
        .containsExactly(Map.of("impl", List.of("pypy")));
  }

  @Test
  void versionsAreTheShortestPrefixThatExcludesTheOtherGroups() {
    List<WhenSynthesis.Member> all = List.of(m("cpython", "3.10.13"), m("cpython", "3.11.7"),
        m("cpython", "3.11.9"), m("pypy", "7.3.11"), m("pypy", "7.3.18"));
    assertThat(WhenSynthesis.clauses(List.of(m("cpython", "3.11.9"), m("cpython", "3.11.7")), all))
        .containsExactly(Map.of("impl", List.of("cpython"), "version", List.of("3.11")));
    assertThat(WhenSynthesis.clauses(List.of(m("cpython", "3.11.9")), all))
        .containsExactly(Map.of("impl", List.of("cpython"), "version", List.of("3.11.9")));
    assertThat(WhenSynthesis.clauses(List.of(m("pypy", "7.3.18"), m("cpython", "3.10.13")), all)).containsExactly(
        Map.of("impl", List.of("cpython"), "version", List.of("3.10")),
        Map.of("impl", List.of("pypy"), "version", List.of("7.3.18")));
  }

  @Test
  void whenIsWrittenInFlowStyleWithQuotedVersions() {
    assertThat(ExpectWriter.when(Map.of("impl", List.of("cpython")))).isEqualTo("{impl: cpython}");
    assertThat(ExpectWriter.when(new java.util.LinkedHashMap<>(Map.of("impl", List.of("cpython"))) {{
      put("version", List.of("3.11", "3.12"));
    }})).isEqualTo("{impl: cpython, version: ['3.11', '3.12']}");
  }

  @Test
  void scalarsArePlainOnlyWhenYamlReadsThemBackAsTheSameString() {
    assertThat(YamlScalars.flowList(List.of("after-call", "checked 1", "f()", "x=1"))).isEqualTo(
        "[after-call, checked 1, f(), x=1]");
    assertThat(List.of("@swap", "a: b", "a, b", "1", "1.5", "yes", "No", "null", "", " pad", "it's", "#c", "[x]",
        "-x", "a #b").stream().map(YamlScalars::flow).toList()).containsExactly(
        "'@swap'", "'a: b'", "'a, b'", "'1'", "'1.5'", "'yes'", "'No'", "'null'", "''", "' pad'", "'it''s'", "'#c'",
        "'[x]'", "'-x'", "'a #b'");
    assertThat(YamlScalars.flow("two\nlines \\ \"q\"")).isEqualTo("\"two\\nlines \\\\ \\\"q\\\"\"");
  }
}
