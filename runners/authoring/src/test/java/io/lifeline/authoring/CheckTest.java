package io.lifeline.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeline.real.RealInterpreters;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check finds each kind of problem, located, and passes a clean corpus. */
class CheckTest {

  @TempDir
  Path root;

  private static final String COVERED = "expect:\n- events: [a]\n";

  private static final CaseChecker REAL_ONLY =
      new CaseChecker(KnownBackends.required(List.of()), Optional.empty());

  private Path write(String id, String text) throws IOException {
    Files.createDirectories(root.resolve("lib"));
    Path file = root.resolve(id + ".yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  /** Each problem as "file-name:line:column: message". */
  private static List<String> problems(CaseChecker.Report report) {
    return report.problems().stream().map(e -> e.location().file().getFileName() + ":" + e.location().line() + ":"
        + e.location().column() + ": " + e.message()).toList();
  }

  @Test
  void aCleanCorpusHasNoProblems() throws IOException {
    write("fam/good", "title: t\nsource: |\n  event('a')\n" + COVERED);
    Files.writeString(root.resolve("lib/helpers.py"), "X = 1\n");
    write("fam/with-include", "title: t\nincludes: [helpers.py]\nsource: |\n  event('a')\n" + COVERED);
    CaseChecker.Report report = REAL_ONLY.check(List.of(root));
    assertThat(report.ok()).isTrue();
    assertThat(report.files()).isEqualTo(2);
    assertThat(report.notes()).containsExactly("programs not parsed: no CPython to parse them with");
  }

  @Test
  void loadErrorsSchemaErrorsAndMissingIncludesAreReportedWhereTheyAre() throws IOException {
    write("fam/schema", "title: t\nsource: |\n  pass\nexpect:\n- events: a\n");
    write("fam/include", "title: t\nincludes: [nope.py]\nsource: |\n  pass\n" + COVERED);
    write("fam/yaml", "title: t\n source: x\n");
    assertThat(problems(REAL_ONLY.check(List.of(root)))).containsExactly(
        "include.yaml:2:12: unknown include 'nope.py': no such file in " + root.resolve("lib")
            + " (the folder is empty or missing)",
        "schema.yaml:5:11: expect[0].events must be a list, not a string",
        "yaml.yaml:2:8: malformed YAML: mapping values are not allowed here; check the indentation, or quote a value"
            + " that contains ': '");
  }

  @Test
  void twoFilesWithOneIdAreADuplicate() throws IOException {
    write("fam/same", "title: t\nsource: |\n  pass\n" + COVERED);
    Path other = root.resolve("other");
    Files.createDirectories(other.resolve("lib"));
    Files.createDirectories(other.resolve("fam"));
    Files.writeString(other.resolve("fam/same.yaml"), "title: t\nsource: |\n  pass\n" + COVERED);
    List<ScenarioError> problems = REAL_ONLY.check(List.of(root.resolve("fam"), other)).problems();
    assertThat(problems).singleElement().satisfies(e -> assertThat(e.message()).startsWith("duplicate id 'fam/same'"));
  }

  @Test
  void aScenarioWithoutRulesIsNotBlessedYet() throws IOException {
    write("fam/new", "title: t\nsource: |\n  pass\n");
    assertThat(problems(REAL_ONLY.check(List.of(root)))).containsExactly(
        "new.yaml:1:1: not blessed yet: no expect rules; run lifeline bless " + root.resolve("fam/new.yaml"));
  }

  @Test
  void everyKnownBackendNeedsARule() throws IOException {
    write("fam/partly", "title: t\nsource: |\n  pass\n# only some\nexpect:\n"
        + "- when: {impl: cpython, version: ['3.10', '3.11']}\n  events: []\n"
        + "- when: {impl: cpython, version: '3.12.1'}\n  events: []\n");
    assertThat(problems(REAL_ONLY.check(List.of(root)))).containsExactly(
        "partly.yaml:5:1: no rule covers cpython 3.12 (real), cpython 3.13 (real), pypy 7.3.11 (real), graalpy 25.0.2"
            + " (real); add rules for them (run lifeline bless where they are installed) or a default rule");
  }

  @Test
  void aProgramUsingTheNativeModuleNeedsNoGraalPyRule() throws IOException {
    write("fam/native", "title: t\nsource: |\n  import lifeline_native\nexpect:\n"
        + "- when: {impl: [cpython, pypy]}\n  events: []\n");
    write("fam/plain", "title: t\nsource: |\n  pass\nexpect:\n- when: {impl: [cpython, pypy]}\n  events: []\n");
    assertThat(problems(REAL_ONLY.check(List.of(root)))).containsExactly(
        "plain.yaml:4:1: no rule covers graalpy 25.0.2 (real); add rules for them (run lifeline bless where they are"
            + " installed) or a default rule");
  }

  @Test
  void modelBackendsOnOfferMustBeCoveredToo() throws IOException {
    write("fam/real-only", "title: t\nsource: |\n  pass\nexpect:\n- when: {kind: real}\n  events: []\n");
    var model = new io.lifeline.scenario.Backend() {
      public String name() {
        return "cpython-3.12";
      }

      public io.lifeline.scenario.Traits traits() {
        return io.lifeline.scenario.Traits.of(java.util.Map.of("impl", "cpython", "version", "3.12", "kind", "model"));
      }

      public io.lifeline.scenario.Outcome run(String program, io.lifeline.scenario.Budget budget) {
        throw new UnsupportedOperationException();
      }
    };
    CaseChecker checker = new CaseChecker(KnownBackends.required(List.of(model)), Optional.empty());
    assertThat(problems(checker.check(List.of(root)))).singleElement().asString()
        .contains("no rule covers cpython-3.12;");
  }

  @Test
  void aProgramThatDoesNotParseIsLocatedInItsSourceLines() throws IOException {
    Files.createDirectories(root.resolve("lib"));
    Files.writeString(root.resolve("lib/two.py"), "A = 1\nB = 2\n");
    write("fam/broken", "title: t\nincludes: [two.py]\nsource: |\n  x = 1\n  def (:\n" + COVERED);
    write("fam/meant", "title: t\nsource: |\n  def (:\nexpect:\n- events: []\n  error: SyntaxError\n");
    SourceParser fake = new SourceParser() {
      public String name() {
        return "fake";
      }

      public List<Problem> parse(List<Scenario> scenarios) {
        return scenarios.stream().filter(s -> s.source().contains("def ("))
            .map(s -> new Problem(s.id(), s.programOffset() + s.source().split("\n").length, "SyntaxError: bad"))
            .toList();
      }
    };
    CaseChecker checker = new CaseChecker(KnownBackends.required(List.of()), Optional.of(fake));
    assertThat(problems(checker.check(List.of(root)))).containsExactly(
        "broken.yaml:5:1: the program does not parse (fake): SyntaxError: bad");
  }

  @Test
  void aRealCPythonFindsSyntaxErrorsWithoutRunningAnything() throws IOException {
    Optional<SourceParser> cpython = CPythonSourceParser.newest(RealInterpreters.discover().backends());
    assumeTrue(cpython.isPresent(), "no CPython found");
    Path marker = root.resolve("ran");
    write("fam/fine", "title: t\nsource: |\n  open(" + pyString(marker) + ", 'w').close()\n" + COVERED);
    write("fam/broken", "title: t\nsource: |\n  x = 1\n\n  def f(:\n      pass\n" + COVERED);
    CaseChecker checker = new CaseChecker(KnownBackends.required(List.of()), cpython);
    assertThat(problems(checker.check(List.of(root)))).singleElement().asString()
        .startsWith("broken.yaml:5:1: the program does not parse (CPython 3.").contains("SyntaxError: ");
    assertThat(marker).doesNotExist();
  }

  private static String pyString(Path p) {
    return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
