package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remembered schema verdicts: only a text that met the schema is remembered, under a folder named by the schema's
 * hash; a broken file is checked and reported on every load; a folder that cannot be written only means checking
 * again.
 */
class SchemaVerdictsTest {

  private static final String GOOD = CaseRootFixture.GOOD;
  private static final String UNKNOWN_KEY = "title: bad\nsource: |\n  event('a')\nexpect:\n- events: [a]\nextra: 1\n";

  @TempDir
  Path root;

  @TempDir
  Path cache;

  private LoadResult load(SchemaVerdicts verdicts, String text) throws IOException {
    CaseRootFixture.writeScenario(root, "one", text);
    return new ScenarioLoader(verdicts).load(List.of(root));
  }

  private List<Path> marks() throws IOException {
    try (Stream<Path> files = Files.walk(cache)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void aValidTextIsRememberedUnderTheSchemasFolderAndLoadsAgainTheSame() throws IOException {
    SchemaVerdicts verdicts = SchemaVerdicts.in(cache);
    assertThat(verdicts.knownValid(GOOD)).isFalse();
    LoadResult first = load(verdicts, GOOD);
    assertThat(first.errors()).isEmpty();
    assertThat(verdicts.knownValid(GOOD)).isTrue();
    assertThat(marks()).singleElement().satisfies(mark -> {
      assertThat(mark.getParent().getParent()).isEqualTo(cache);
      assertThat(mark.getParent().getFileName().toString()).matches("[0-9a-f]{64}");
      assertThat(mark.getFileName().toString()).matches("[0-9a-f]{64}");
    });
    LoadResult second = load(verdicts, GOOD);
    assertThat(second.errors()).isEmpty();
    assertThat(second.scenarios()).isEqualTo(first.scenarios());
  }

  @Test
  void aTextBreakingTheSchemaIsNeverRememberedAndIsReportedOnEveryLoad() throws IOException {
    SchemaVerdicts verdicts = SchemaVerdicts.in(cache);
    for (int i = 0; i < 2; i++) {
      LoadResult loaded = load(verdicts, UNKNOWN_KEY);
      assertThat(loaded.scenarios()).isEmpty();
      assertThat(loaded.errors()).singleElement()
          .satisfies(e -> assertThat(e.message()).startsWith("unknown key 'extra'"));
    }
    assertThat(verdicts.knownValid(UNKNOWN_KEY)).isFalse();
    assertThat(marks()).isEmpty();
  }

  @Test
  void anUnwritableFolderOnlyMeansCheckingAgain() throws IOException {
    Path file = cache.resolve("not-a-folder");
    Files.writeString(file, "x");
    SchemaVerdicts verdicts = SchemaVerdicts.in(file);
    assertThat(load(verdicts, GOOD).errors()).isEmpty();
    assertThat(verdicts.knownValid(GOOD)).isFalse();
    assertThat(load(verdicts, UNKNOWN_KEY).errors()).hasSize(1);
  }
}
