package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken files of the suite fixture: each problem is reported at its file, line and column, and the good
 * files next to the broken ones still load.
 */
class BrokenScenarioTest {

  private static LoadResult suite;

  @BeforeAll
  static void loadSuite() {
    suite = new ScenarioLoader().load(List.of(Fixtures.path("suite")));
  }

  private static List<ScenarioError> errorsOf(String id) {
    return suite.errors().stream().filter(e -> e.id().equals(id)).toList();
  }

  /** Asserts the file's only problem: where it is and what the message says. */
  private static void assertOnlyError(String id, int line, int column, String message) {
    Path file = Fixtures.path("suite/" + id + ".yaml");
    assertThat(errorsOf(id)).singleElement().satisfies(e -> {
      assertThat(e.location()).isEqualTo(new SourceLocation(file, line, column));
      assertThat(e.location().file().getFileName()).hasToString(file.getFileName().toString());
      assertThat(e.message()).contains(message);
      assertThat(e.toString()).startsWith(file + ":" + line + ":" + column + ": ");
    });
    assertThat(suite.byId(id)).isEmpty();
  }

  /** Files whose one problem is reported at a line and column with a message: id, line, column, message. */
  static Stream<Arguments> filesWithOneProblem() {
    return Stream.of(
        Arguments.of("broken/unknown-key", 6, 3,
            "unknown key 'stauts'; expected one of: when, events, order, absent, count, within, status, error"),
        Arguments.of("broken/missing-source", 2, 1, "missing required key 'source'"),
        Arguments.of("broken/unquoted-version", 5, 34,
            "version 3.1 is a YAML number (3.10 would read as 3.1); quote it: '3.10'"),
        Arguments.of("broken/error-status-conflict", 6, 11, "status completed contradicts error: KeyError"),
        Arguments.of("broken/multiline-title", 1, 8, "title must be one line"),
        Arguments.of("broken/duplicate-key", 4, 1, "duplicate key 'title' (first at line 1)"),
        Arguments.of("broken/empty", 1, 1, "the file is empty"),
        Arguments.of("broken/not-a-mapping", 1, 1, "a scenario is a mapping"),
        Arguments.of("broken/status-unsupported", 6, 11,
            "expect[0].status must be one of completed, error, hang, not 'unsupported'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filesWithOneProblem")
  void theOnlyProblemIsLocatedAndNamed(String id, int line, int column, String message) {
    assertOnlyError(id, line, column, message);
  }

  @Test
  void goodFilesNextToBrokenOnesStillLoad() {
    assertThat(suite.scenarios()).extracting(Scenario::id)
        .containsExactly("gc/typed-values", "weakref/kwarg-rebind", "weakref/with-includes");
    assertThat(suite.errors()).extracting(ScenarioError::id).allMatch(id -> id.startsWith("broken/"));
  }

  @Test
  void badIndentation() {
    assertOnlyError("broken/bad-indent", 6, 4, "malformed YAML");
    assertThat(errorsOf("broken/bad-indent").get(0).message()).contains("indentation");
  }

  @Test
  void unknownInclude() {
    assertOnlyError("broken/unknown-include", 2, 24, "unknown include 'nosuch.py'");
    assertThat(errorsOf("broken/unknown-include").get(0).message()).contains("outcome.py");
  }

  @Test
  void ymlExtension() {
    assertThat(errorsOf("broken/renamed.yml")).singleElement().satisfies(e -> {
      assertThat(e.location()).isEqualTo(SourceLocation.ofFile(Fixtures.path("suite/broken/renamed.yml")));
      assertThat(e.message()).contains("rename to renamed.yaml");
    });
  }

  @Test
  void everyProblemOfAFileIsReportedInOrder() {
    assertThat(errorsOf("broken/several-problems"))
        .extracting(e -> e.location().line() + ":" + e.location().column() + " " + e.message())
        .containsExactly(
            "2:1 unknown key 'sauce'; expected one of: title, description, tags, links, includes, source, expect",
            "7:3 this rule and any after it are never used: the rule at line 6 has no 'when' and matches every"
                + " backend; put the default rule last",
            "7:3 a rule needs 'events' (the exact list) or constraints: order, absent, count, within",
            "7:19 version: '==3.10' is not a comparison: write '3.10' to match that version (and its patch"
                + " releases), or use >=, <=, >, <, !=",
            "7:45 impl true is a YAML boolean (yes would read as true); quote it: 'yes'",
            "8:11 expect[1].status must be one of completed, error, hang, not 'crash'",
            "9:19 version: '>=3.x' compares with '>=' but '3.x' is not a version (digits separated by dots,"
                + " e.g. 3.11)",
            "10:11 expect[2].events must be a list, not a string",
            "11:15 expect[3].events[1] must be a string, a number or a boolean, not a list");
  }
}
