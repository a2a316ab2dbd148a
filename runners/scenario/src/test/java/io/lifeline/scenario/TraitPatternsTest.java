package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TraitPatternsTest {

  @ParameterizedTest(name = "''{0}'' against {1} -> {2}")
  @CsvSource({
    // a bare version is a component-wise prefix
    "3.10, 3.10, true",
    "3.10, 3.10.13, true",
    "3.10, 3.1, false",
    "3.10, 3.100, false",
    "3.10, 3.11.0, false",
    "3.10.13, 3.10, false",
    "3.10, 3.10.0rc2, true",
    // comparisons cut the actual version to the pattern's length
    ">=3.11, 3.11, true",
    ">=3.11, 3.11.0, true",
    ">=3.11, 3.10.13, false",
    ">=3.11, 3.12.1, true",
    ">3.11, 3.11.7, false",
    ">3.11, 3.12.1, true",
    "<3.12, 3.11.7, true",
    "<3.12, 3.12.0, false",
    "<=3.12, 3.12.9, true",
    "<=3.12, 3.13, false",
    "!=3.12, 3.12.1, false",
    "!=3.12, 3.11, true",
    "!=3.12, 3.13.0, true",
    ">= 3.11, 3.11.2, true",
    ">=3.11.2, 3.12, true",
    // a value that is not a version matches no version pattern
    ">=3.11, main, false",
    "3.10, cpython, false",
    // plain values match by equality
    "cpython, cpython, true",
    "cpython, CPython, false",
    "cpython, pypy, false",
  })
  void matches(String pattern, String actual, boolean expected) {
    assertThat(TraitPatterns.parse(pattern).matches(actual)).isEqualTo(expected);
  }

  @Test
  void kindsFollowTheValuesShape() {
    assertThat(TraitPatterns.parse("cpython")).isEqualTo(new ValuePattern("cpython"));
    assertThat(TraitPatterns.parse("3.10")).isInstanceOf(VersionPattern.class)
        .extracting(p -> ((VersionPattern) p).comparison()).isEqualTo(VersionPattern.Comparison.PREFIX);
    assertThat(TraitPatterns.parse(">=3.10")).extracting(p -> ((VersionPattern) p).comparison())
        .isEqualTo(VersionPattern.Comparison.AT_LEAST);
    assertThat(TraitPatterns.parse("<=3.10")).extracting(p -> ((VersionPattern) p).comparison())
        .isEqualTo(VersionPattern.Comparison.AT_MOST);
  }

  @Test
  void toStringIsThePatternAsWritten() {
    assertThat(TraitPatterns.parse(">= 3.11")).hasToString(">= 3.11");
    assertThat(TraitPatterns.parse("3.10")).hasToString("3.10");
    assertThat(TraitPatterns.parse("pypy")).hasToString("pypy");
  }

  @Test
  void rejectsWhatLooksLikeAComparisonButIsNot() {
    assertThatThrownBy(() -> TraitPatterns.parse("==3.10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("write '3.10'");
    assertThatThrownBy(() -> TraitPatterns.parse("=3.10")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TraitPatterns.parse(">=3.x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'3.x' is not a version");
    assertThatThrownBy(() -> TraitPatterns.parse("<")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TraitPatterns.parse("!3.10")).isInstanceOf(IllegalArgumentException.class);
  }
}
