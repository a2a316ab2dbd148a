package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that YAML itself would make costly: one over the size limit and an alias bomb are each one located
 * problem saying what it is (not "malformed YAML", not a line per alias), and never hide the good files.
 */
class FileLimitsTest {

  @TempDir
  Path root;

  private LoadResult load(String name, String text) throws IOException {
    CaseRootFixture.writeScenario(root, "good", CaseRootFixture.GOOD);
    CaseRootFixture.writeScenario(root, name, text);
    return new ScenarioLoader().load(List.of(root));
  }

  /** Over 3 MiB: SnakeYAML alone would say "malformed YAML: ... exceeds the limit: 3145728 code points". */
  @Test
  void aFileOverTheSizeLimitIsOneProblemGivingItsSizeAndTheLimit() throws IOException {
    StringBuilder text = new StringBuilder("title: big\nsource: |\n");
    for (int i = 0; text.length() <= ScenarioReader.MAX_FILE_BYTES; i++) {
      text.append("  x = ").append(i).append('\n');
    }
    text.append("expect:\n- events: []\n");
    LoadResult loaded = load("big", text.toString());
    long size = Files.size(root.resolve("fam/big.yaml"));
    assertThat(loaded.errors()).singleElement().satisfies(e -> {
      assertThat(e.location()).isEqualTo(SourceLocation.ofFile(root.resolve("fam/big.yaml")));
      assertThat(e.message()).isEqualTo("the file is " + size + " bytes, over the limit of 3145728 bytes for a"
          + " scenario file (see Limits in spec/scenarios.md)");
    });
    assertThat(loaded.scenarios()).extracting(Scenario::id).containsExactly("fam/good");
  }

  @Test
  void aFileAtTheSizeLimitLoads() throws IOException {
    StringBuilder text = new StringBuilder("title: at the limit\nsource: |\n  event('a')\nexpect:\n- events: [a]\n");
    String padding = "# " + "x".repeat(70) + "\n";
    while (text.length() + padding.length() <= ScenarioReader.MAX_FILE_BYTES) {
      text.append(padding);
    }
    text.append("#".repeat((int) (ScenarioReader.MAX_FILE_BYTES - text.length() - 1))).append('\n');
    LoadResult loaded = load("at-limit", text.toString());
    assertThat(Files.size(root.resolve("fam/at-limit.yaml"))).isEqualTo(ScenarioReader.MAX_FILE_BYTES);
    assertThat(loaded.errors()).isEmpty();
    assertThat(loaded.scenarios()).extracting(Scenario::id).containsExactly("fam/at-limit", "fam/good");
  }

  /** The billion-laughs shape: 9 anchors each aliased 9 times by the next, 81 aliases. */
  @Test
  void anAliasBombIsOneProblemAtTheFirstAliasCountingTheRest() throws IOException {
    StringBuilder text = new StringBuilder("title: bomb\nsource: |\n  event('a')\nlaughs:\n");
    text.append("  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i <= 9; i++) {
      text.append("  a").append(i).append(": &a").append(i).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
    }
    text.append("expect:\n- events: [a]\n");
    LoadResult loaded = load("bomb", text.toString());
    assertThat(loaded.errors()).singleElement().satisfies(e -> {
      assertThat(e.location()).isEqualTo(new SourceLocation(root.resolve("fam/bomb.yaml"), 6, 12));
      assertThat(e.message()).isEqualTo(
          "YAML aliases (*a0) are not supported; write the value out (and 80 more in this file, up to line 14)");
    });
    assertThat(loaded.scenarios()).extracting(Scenario::id).containsExactly("fam/good");
  }

  @Test
  void oneAliasIsOneProblemAtIt() throws IOException {
    LoadResult loaded = load("alias", "title: &t one alias\nsource: |\n  event('a')\ntags: [*t]\n");
    assertThat(loaded.errors()).singleElement().satisfies(e -> {
      assertThat(e.location()).isEqualTo(new SourceLocation(root.resolve("fam/alias.yaml"), 4, 8));
      assertThat(e.message()).isEqualTo("YAML aliases (*t) are not supported; write the value out");
    });
  }
}
