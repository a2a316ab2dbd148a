package io.lifeline.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.scenario.LoadResult;
import io.lifeline.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lifeline new: the template loads, check calls it not blessed yet, names are validated, nothing is overwritten. */
class ScaffoldTest {

  @TempDir
  Path project;

  private Path cases() throws IOException {
    return Files.createDirectories(project.resolve("cases/lib")).getParent();
  }

  private Path schema() {
    return project.resolve("spec/scenario.schema.json");
  }

  @Test
  void theTemplateLoadsPointsAtTheSchemaAndIsNotBlessedYet() throws Exception {
    Path file = Scaffold.create(cases(), schema(), "weakref/callback-after-del");
    assertThat(file).isEqualTo(project.resolve("cases/weakref/callback-after-del.yaml"));
    String text = Files.readString(file);
    assertThat(text).startsWith("# yaml-language-server: $schema=../../spec/scenario.schema.json\ntitle: ")
        .contains("tags: [weakref]").contains("links: []").contains("\nsource: |\n").doesNotContain("expect");
    LoadResult loaded = new ScenarioLoader().load(List.of(file));
    assertThat(loaded.errors()).isEmpty();
    assertThat(loaded.scenarios().get(0).id()).isEqualTo("weakref/callback-after-del");
    assertThat(loaded.scenarios().get(0).source()).contains("event(\"before del\")");
    CaseChecker.Report report =
        new CaseChecker(KnownBackends.required(List.of()), Optional.empty()).check(List.of(file));
    assertThat(report.problems()).singleElement().satisfies(e -> assertThat(e.message()).startsWith("not blessed yet"));
  }

  @Test
  void deeperFamiliesGetADeeperSchemaPathAndYamlIsOptional() throws Exception {
    Path file = Scaffold.create(cases(), schema(), "cycle/finalizers/order.yaml");
    assertThat(Files.readString(file)).startsWith("# yaml-language-server: $schema=../../../spec/scenario.schema.json");
  }

  @Test
  void invalidNamesAndExistingFilesAreRefused() throws Exception {
    Path cases = cases();
    for (String bad : List.of("single", "Weakref/x", "weakref/", "weakref/a b", "../x/y", "lib/helper", "a/-b")) {
      assertThatThrownBy(() -> Scaffold.create(cases, schema(), bad))
          .isInstanceOf(Scaffold.ScaffoldException.class).hasMessageContaining(bad);
    }
    Path file = Scaffold.create(cases, schema(), "fam/x");
    Files.writeString(file, "mine");
    assertThatThrownBy(() -> Scaffold.create(cases, schema(), "fam/x"))
        .isInstanceOf(Scaffold.ScaffoldException.class).hasMessageContaining("exists already");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }
}
