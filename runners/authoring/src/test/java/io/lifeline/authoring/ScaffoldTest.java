package io.lifeline.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.LoadResult;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lifeline new: the template loads, check calls it not blessed yet and points at its placeholders, bless refuses
 * it until they are written, names are validated, nothing is overwritten.
 */
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
    assertThat(report.problems()).extracting(e -> e.location().line() + ":" + e.location().column() + ": "
        + e.message().substring(0, e.message().indexOf(';'))).containsExactly(
            "1:1: not blessed yet: no expect rules",
            "2:8: the title is still the placeholder of lifeline new",
            "4:3: the description is still the placeholder of lifeline new");
  }

  /** What a contributor writes after lifeline new: the title and description, not the links. */
  private static String described(String scaffold) {
    return scaffold.replace(Scaffold.TODO_TITLE, "A weakref callback runs when del drops the last reference")
        .replace(Scaffold.TODO_DESCRIPTION, "Reference counting calls the callback at once; PyPy at collection.");
  }

  @Test
  void checkPointsAtEachPlaceholderLeftAndAtNoneOnceWritten() throws Exception {
    Path file = Scaffold.create(cases(), schema(), "weakref/callback-after-del");
    String scaffold = Files.readString(file);
    CaseChecker checker = new CaseChecker(KnownBackends.required(List.of()), Optional.empty());
    String covered = "expect:\n- events: [before del, callback, after del, end]\n";

    Files.writeString(file, scaffold.replace(Scaffold.TODO_TITLE, "A weakref callback runs at del") + covered);
    assertThat(checker.check(List.of(file)).problems()).singleElement().satisfies(e -> {
      assertThat(e.location().line()).isEqualTo(4);
      assertThat(e.location().column()).isEqualTo(3);
      assertThat(e.toString()).startsWith(file + ":4:3: the description is still the placeholder of lifeline new");
    });

    Files.writeString(file, described(scaffold) + covered);
    assertThat(checker.check(List.of(file)).problems()).isEmpty();
  }

  @Test
  void blessRefusesAnUntouchedScaffoldSayingWhatToWriteAndLeavesTheFileAlone() throws Exception {
    Path file = Scaffold.create(cases(), schema(), "weakref/callback-after-del");
    String scaffold = Files.readString(file);
    Blesser.Options options = new Blesser.Options(List.of(), Budget.DEFAULT, 1, false, List.of());

    BlessResult refused = Blesser.bless(load(file), options);
    assertThat(refused.kind()).isEqualTo(BlessResult.Kind.REFUSED);
    assertThat(refused.notes()).containsExactly(
        file + ":2:8: the title is still the placeholder of lifeline new; write one line saying what the scenario"
            + " shows",
        file + ":4:3: the description is still the placeholder of lifeline new; say what the scenario pins down,"
            + " why anyone cares, and what differs between interpreters and why",
        "not blessed: replace the placeholders of lifeline new first (the file runs as it is; lifeline check lists"
            + " what is left)");
    refused.write();
    assertThat(Files.readString(file)).isEqualTo(scaffold);

    Files.writeString(file, described(scaffold));
    assertThat(Blesser.bless(load(file), options).notes()).containsExactly("no backend to run");
  }

  private static Scenario load(Path file) {
    LoadResult loaded = new ScenarioLoader().load(List.of(file));
    assertThat(loaded.errors()).isEmpty();
    return loaded.scenarios().get(0);
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
