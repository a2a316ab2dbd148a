package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** A backend's version to the version its leading digits give (none when it has none). */
  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource({"3.13.0rc1, 3.13.0", "3.13t, 3.13", "7.3.17, 7.3.17", "3.12., 3.12", "main,", "'',"})
  void lenientParseKeepsLeadingDigitsOfBackendVersions(String backendVersion, String leading) {
    assertThat(Version.parseLenient(backendVersion)).isEqualTo(Optional.ofNullable(leading).map(Version::parse));
  }
}
