package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

  private final ScenarioLoader loader = new ScenarioLoader();

  private static final String MINIMAL = "title: t\nsource: |\n  event('a')\nexpect:\n- events: [a]\n";

  @Test
  void loadsTheExampleExactly() {
    Path file = Fixtures.path("suite/weakref/kwarg-rebind.yaml");
    LoadResult result = loader.load(List.of(file));

    assertThat(result.errors()).isEmpty();
    Scenario s = result.byId("weakref/kwarg-rebind").orElseThrow();
    assertThat(s.file()).isEqualTo(file);
    assertThat(s.family()).isEqualTo("weakref");
    assertThat(s.title()).isEqualTo("A keyword argument is released when the callee rebinds its parameter");
    assertThat(s.description()).isEmpty();
    assertThat(s.tags()).containsExactly("weakref", "calling-convention");
    assertThat(s.links()).isEmpty();
    assertThat(s.includes()).isEmpty();
    assertThat(s.source()).startsWith("import weakref\nclass Token:\n    pass\n").endsWith("event(\"after-call\")\n");
    assertThat(s.program()).isEqualTo(s.source());
    assertThat(s.programOffset()).isZero();
    assertThat(s.sourceLine()).isEqualTo(5);
    assertThat(s.rules()).hasSize(3);

    Rule first = s.rules().get(0);
    assertThat(first.when()).containsOnlyKeys("impl", "version");
    assertThat(first.when().get("version")).map(Object::toString).containsExactly("3.10");
    assertThat(first.events()).containsExactly("rebound", "callback", "after-call");
    assertThat(first.status()).isEqualTo(Status.COMPLETED);
    assertThat(first.errorType()).isNull();
    assertThat(first.location()).isEqualTo(new SourceLocation(file, 16, 3));
    assertThat(s.rules().get(1).when().get("version")).map(Object::toString).containsExactly("3.11", "3.12", "3.13");
    assertThat(s.rules().get(2).when()).containsOnlyKeys("impl");
  }

  @Test
  void includesArePrependedInOrderAndOffsetTheSource() {
    Scenario s = loader.load(List.of(Fixtures.path("suite/weakref/with-includes.yaml")))
        .byId("weakref/with-includes").orElseThrow();

    assertThat(s.includes()).containsExactly("outcome.py", "helpers.py");
    assertThat(s.source()).isEqualTo("check(\"x\")\nevent(HELPER)\n");
    // helpers.py has no final newline; the loader adds one so the source starts on its own line
    assertThat(s.program())
        .isEqualTo("def check(name):\n    event(\"checked\", name)\nHELPER = 1\ncheck(\"x\")\nevent(HELPER)\n");
    assertThat(s.programOffset()).isEqualTo(3);
    assertThat(s.program().lines().skip(s.programOffset()).findFirst()).contains("check(\"x\")");
    assertThat(s.sourceLine()).isEqualTo(4);
    assertThat(s.rules().get(0).events()).containsExactly("checked x", "1");
  }

  @Test
  void typedScalarsErrorsHangsAndDefaults() {
    Scenario s = loader.load(List.of(Fixtures.path("suite/gc"))).byId("gc/typed-values").orElseThrow();

    assertThat(s.description()).isEqualTo("A rule may name an error, a hang, comparisons and lists.\nThe last rule is the default.\n");
    assertThat(s.links()).containsExactly("https://docs.python.org/3/library/weakref.html", "PEP 442");
    assertThat(s.source()).isEqualTo("event(1, 2)\nraise KeyError('k')\n");
    assertThat(s.sourceLine()).isEqualTo(6); // a quoted source starts on its key's line

    Rule error = s.rules().get(0);
    assertThat(error.events()).containsExactly("1 2", "1.50", "true", "yes", "010");
    assertThat(error.status()).isEqualTo(Status.ERROR);
    assertThat(error.errorType()).isEqualTo("KeyError");
    assertThat(error.when().get("version")).map(Object::toString).containsExactly(">=3.12", "3.10");

    Rule hang = s.rules().get(1);
    assertThat(hang.when()).containsOnlyKeys("impl", "kind");
    assertThat(hang.events()).isEmpty();
    assertThat(hang.status()).isEqualTo(Status.HANG);

    Rule fallback = s.rules().get(2);
    assertThat(fallback.when()).isEmpty();
    assertThat(fallback.status()).isEqualTo(Status.ERROR);
    assertThat(fallback.errorType()).isNull();
  }

  @Test
  void aFamilyFolderUsesTheCaseRootAboveIt() {
    LoadResult result = loader.load(List.of(Fixtures.path("suite/weakref")));

    assertThat(result.errors()).isEmpty();
    assertThat(result.scenarios()).extracting(Scenario::id)
        .containsExactly("weakref/kwarg-rebind", "weakref/with-includes");
  }

  @Test
  void theWholeSuiteIsSortedByIdAndSkipsLib() {
    LoadResult result = loader.loadRoot(Fixtures.path("suite"));

    assertThat(result.scenarios()).extracting(Scenario::id)
        .containsExactly("gc/typed-values", "weakref/kwarg-rebind", "weakref/with-includes");
    assertThat(result.errors()).extracting(ScenarioError::id).doesNotContain("lib/not-a-scenario");
    assertThat(result.errors()).isSortedAccordingTo(
        java.util.Comparator.comparing((ScenarioError e) -> e.location().file().toString())
            .thenComparingInt(e -> e.location().line())
            .thenComparingInt(e -> e.location().column()));
  }

  @Test
  void aFileReachedTwiceLoadsOnce() {
    LoadResult result = loader.load(List.of(
        Fixtures.path("suite/weakref"), Fixtures.path("suite/weakref/kwarg-rebind.yaml")));

    assertThat(result.errors()).isEmpty();
    assertThat(result.scenarios()).extracting(Scenario::id)
        .containsExactly("weakref/kwarg-rebind", "weakref/with-includes");
  }

  @Test
  void theSameIdUnderTwoRootsIsAnErrorOnTheSecond() {
    Path second = Fixtures.path("other/weakref/kwarg-rebind.yaml");
    LoadResult result = loader.load(List.of(Fixtures.path("suite/weakref"), Fixtures.path("other")));

    assertThat(result.scenarios()).extracting(Scenario::id)
        .containsExactly("weakref/kwarg-rebind", "weakref/unique", "weakref/with-includes");
    assertThat(result.byId("weakref/kwarg-rebind").orElseThrow().file())
        .isEqualTo(Fixtures.path("suite/weakref/kwarg-rebind.yaml"));
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.location().file()).isEqualTo(second);
      assertThat(e.id()).isEqualTo("weakref/kwarg-rebind");
      assertThat(e.message()).contains("duplicate id 'weakref/kwarg-rebind'");
    });
  }

  @Test
  void aMissingPathIsAnError(@TempDir Path dir) {
    LoadResult result = loader.load(List.of(dir.resolve("nope")));

    assertThat(result.scenarios()).isEmpty();
    assertThat(result.errors()).singleElement()
        .satisfies(e -> assertThat(e.toString()).isEqualTo(dir.resolve("nope") + ": no such file or folder"));
  }

  @Test
  void baselineFilesBesideScenariosAreNotScenarios(@TempDir Path dir) throws IOException {
    write(dir.resolve("suite/weakref/a.yaml"), MINIMAL);
    write(dir.resolve("suite/weakref/dev.baseline.yaml"), "known: []\n");

    LoadResult folder = loader.load(List.of(dir.resolve("suite")));
    assertThat(folder.errors()).isEmpty();
    assertThat(folder.scenarios()).extracting(Scenario::id).containsExactly("weakref/a");
    assertThat(loader.load(List.of(dir.resolve("suite/weakref/dev.baseline.yaml"))).errors()).singleElement()
        .satisfies(e -> assertThat(e.toString()).contains("not a scenario: a baseline file"));
  }

  @Test
  void withoutLibTheFolderGivenIsTheRoot(@TempDir Path dir) throws IOException {
    write(dir.resolve("suite/weakref/a.yaml"), MINIMAL);
    write(dir.resolve("suite/weakref/deeper/b.yaml"), MINIMAL);

    assertThat(loader.load(List.of(dir.resolve("suite/weakref"))).scenarios())
        .extracting(Scenario::id).containsExactly("a", "deeper/b");
    assertThat(loader.load(List.of(dir.resolve("suite"))).scenarios())
        .extracting(Scenario::id).containsExactly("weakref/a", "weakref/deeper/b");
  }

  @Test
  void withoutLibAFilesRootIsAboveItsFamily(@TempDir Path dir) throws IOException {
    write(dir.resolve("suite/weakref/a.yaml"), MINIMAL);

    assertThat(loader.load(List.of(dir.resolve("suite/weakref/a.yaml"))).scenarios())
        .extracting(Scenario::id).containsExactly("weakref/a");
  }

  @Test
  void theNearestLibAboveDecidesTheRoot(@TempDir Path dir) throws IOException {
    write(dir.resolve("some/dir/lib/h.py"), "H = 1\n");
    write(dir.resolve("some/dir/fam/sub/a.yaml"), "includes: [h.py]\n" + MINIMAL);

    LoadResult result = loader.load(List.of(dir.resolve("some/dir/fam/sub")));
    assertThat(result.errors()).isEmpty();
    Scenario s = result.scenarios().get(0);
    assertThat(s.id()).isEqualTo("fam/sub/a");
    assertThat(s.program()).startsWith("H = 1\n");
    assertThat(loader.load(List.of(dir.resolve("some/dir"))).scenarios())
        .extracting(Scenario::id).containsExactly("fam/sub/a");
  }

  @Test
  void hiddenFoldersAndFilesAreSkipped(@TempDir Path dir) throws IOException {
    write(dir.resolve("cases/lib/x.py"), "");
    write(dir.resolve("cases/fam/a.yaml"), MINIMAL);
    write(dir.resolve("cases/.drafts/b.yaml"), "not: a scenario");
    write(dir.resolve("cases/fam/.c.yaml"), "not: a scenario");

    LoadResult result = loader.load(List.of(dir.resolve("cases")));
    assertThat(result.errors()).isEmpty();
    assertThat(result.scenarios()).extracting(Scenario::id).containsExactly("fam/a");
  }

  @Test
  void underscoreFoldersAreSkippedUnlessGiven(@TempDir Path dir) throws IOException {
    write(dir.resolve("cases/lib/x.py"), "");
    write(dir.resolve("cases/fam/a.yaml"), MINIMAL);
    write(dir.resolve("cases/_found/b.yaml"), MINIMAL);

    assertThat(loader.load(List.of(dir.resolve("cases"))).scenarios()).extracting(Scenario::id)
        .containsExactly("fam/a");
    LoadResult found = loader.load(List.of(dir.resolve("cases/_found")));
    assertThat(found.errors()).isEmpty();
    assertThat(found.scenarios()).extracting(Scenario::id).containsExactly("_found/b");
  }

  @Test
  void aFileGivenByNameMustBeAScenario(@TempDir Path dir) throws IOException {
    write(dir.resolve("cases/lib/x.yaml"), MINIMAL);
    write(dir.resolve("cases/fam/notes.txt"), "");

    LoadResult result = loader.load(List.of(dir.resolve("cases/lib/x.yaml"), dir.resolve("cases/fam/notes.txt")));
    assertThat(result.scenarios()).isEmpty();
    assertThat(result.errors()).extracting(ScenarioError::message)
        .containsExactlyInAnyOrder(
            "not a scenario: files in lib/ are includes for scenarios",
            "not a scenario: scenario files end in .yaml");
  }

  @Test
  void loadingIsSafeFromSeveralThreads() {
    List<LoadResult> results = java.util.stream.IntStream.range(0, 8).parallel()
        .mapToObj(i -> loader.loadRoot(Fixtures.path("suite"))).toList();
    LoadResult first = results.get(0);
    assertThat(results).allSatisfy(r -> {
      assertThat(r.scenarios()).isEqualTo(first.scenarios());
      assertThat(r.errors()).isEqualTo(first.errors());
    });
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
