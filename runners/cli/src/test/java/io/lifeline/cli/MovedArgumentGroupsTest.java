package io.lifeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * `lifeline run` on the moved-argument scenario splits the backends by calling convention: the models and real
 * interpreters whose caller holds a call's arguments (CPython 3.10, PyPy before 7.3.18) in one group, those that
 * move them into the callee (CPython 3.11 to 3.13, PyPy 7.3.18) in the other, with the aligned diff between them.
 * The real interpreters join whichever group they belong to when this machine has them.
 */
class MovedArgumentGroupsTest {
  private static final Pattern GROUP = Pattern.compile("group (\\d+) \\((\\w+)\\): (.+)");

  @Test
  void holdingAndMovingBackendsFormTheTwoGroups() {
    String scenario = Path.of(System.getProperty("lifeline.root"), "cases/calling-convention/moved-argument.yaml")
        .toString();
    MainTest.Run run = MainTest.lifeline("run", scenario, "--backend", "model", "--backend", "real", "--no-allure",
        "--no-matrix", "-v");

    List<Set<String>> groups = groups(run.out());
    assertThat(groups).as(run.out()).hasSize(2);
    Set<String> holding = groups.stream().filter(g -> g.contains("cpython-3.10")).findFirst().orElseThrow();
    Set<String> moving = groups.stream().filter(g -> g.contains("cpython-3.11")).findFirst().orElseThrow();

    Set<String> expectHolding = new LinkedHashSet<>(List.of("cpython-3.10", "pypy-7.3.11"));
    Set<String> expectMoving = new LinkedHashSet<>(List.of("cpython-3.11", "cpython-3.12", "cpython-3.13",
        "pypy-7.3.18"));
    for (Backend real : BackendCatalog.discover(BackendOptions.DEFAULT).all()) {
      if (!real.isReal()) {
        continue;
      }
      String impl = real.traits().impl();
      String version = real.traits().version();
      if (impl.equals("cpython") && version.startsWith("3.10.")
          || impl.equals("pypy") && version.equals("7.3.11")) {
        expectHolding.add(real.name());
      } else if (impl.equals("cpython") && version.matches("3\\.1[123]\\..*")) {
        expectMoving.add(real.name());
      }
    }
    assertThat(holding).as(run.out()).containsAll(expectHolding);
    assertThat(moving).as(run.out()).containsAll(expectMoving);
    assertThat(run.out()).contains("DIVERGENCE calling-convention/moved-argument: 2 groups")
        .containsPattern(">~\\s+argument (gone|alive) in callee\\s+\\| argument (alive|gone) in callee")
        .contains("after-call");
    assertThat(run.code()).as(run.out()).isZero();
  }

  private static List<Set<String>> groups(String out) {
    List<Set<String>> groups = new ArrayList<>();
    int start = out.indexOf("DIVERGENCE calling-convention/moved-argument:");
    for (String line : out.substring(Math.max(0, start)).split("\n")) {
      Matcher m = GROUP.matcher(line.strip());
      if (m.matches()) {
        groups.add(new LinkedHashSet<>(List.of(m.group(3).split(", "))));
      }
    }
    return groups;
  }
}
