package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void comparesComponentsAsNumbers() {
    assertThat(Version.parse("3.10")).isGreaterThan(Version.parse("3.9"));
    assertThat(Version.parse("3.100")).isGreaterThan(Version.parse("3.10"));
    assertThat(Version.parse("3.10")).isGreaterThan(Version.parse("3.1"));
    assertThat(Version.parse("3.10")).isLessThan(Version.parse("3.10.0"));
    assertThat(Version.parse("3.10.13")).isEqualByComparingTo(Version.parse("3.10.13"));
  }

  @Test
  void prefixIsComponentWise() {
    Version v310 = Version.parse("3.10");
    assertThat(Version.parse("3.10.13").startsWith(v310)).isTrue();
    assertThat(Version.parse("3.10").startsWith(v310)).isTrue();
    assertThat(Version.parse("3.1").startsWith(v310)).isFalse();
    assertThat(Version.parse("3.100").startsWith(v310)).isFalse();
    assertThat(Version.parse("3").startsWith(v310)).isFalse();
  }

  @Test
  void truncateCutsOrPadsWithZeros() {
    assertThat(Version.parse("3.11.7").truncate(2)).isEqualTo(Version.parse("3.11"));
    assertThat(Version.parse("3.12").truncate(3)).isEqualTo(Version.parse("3.12.0"));
  }

  @Test
  void strictParseRejectsAnythingButDigitsAndDots() {
    for (String bad : List.of("", "3.", ".3", "3..1", "3.x", "v3.10", "3.10 ", "3.13t")) {
      assertThatThrownBy(() -> Version.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> Version.parse("3.99999999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void lenientParseKeepsLeadingDigitsOfBackendVersions() {
    assertThat(Version.parseLenient("3.13.0rc1")).contains(Version.parse("3.13.0"));
    assertThat(Version.parseLenient("3.13t")).contains(Version.parse("3.13"));
    assertThat(Version.parseLenient("7.3.17")).contains(Version.parse("7.3.17"));
    assertThat(Version.parseLenient("3.12.")).contains(Version.parse("3.12"));
    assertThat(Version.parseLenient("main")).isEmpty();
    assertThat(Version.parseLenient("")).isEmpty();
  }
}
