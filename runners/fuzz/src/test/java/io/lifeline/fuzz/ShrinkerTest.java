package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shrinker on properties that need no interpreter. */
class ShrinkerTest {

  static Program numbered(int n) {
    List<Stmt> body = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      body.add(Stmt.event("s" + i));
    }
    return new Program(0, 0, body);
  }

  @Test
  void ddminFindsTheTwoStatementsThatMatter() {
    Program p = numbered(40);
    AtomicInteger tests = new AtomicInteger();
    Shrinker.Property needs = c -> {
      tests.incrementAndGet();
      String s = c.source();
      return s.contains("'s7'") && s.contains("'s31'");
    };
    Program shrunk = new Shrinker(needs, 1000, 0).shrink(p);
    assertThat(shrunk.source()).isEqualTo("event('s7')\nevent('s31')\n");
    assertThat(tests.get()).isLessThan(100);
  }

  @Test
  void theKeptPrologueStaysAndTheTestBudgetIsRespected() {
    Program p = numbered(30);
    Program shrunk = new Shrinker(c -> c.source().contains("'s20'"), 1000, 3).shrink(p);
    assertThat(shrunk.source()).isEqualTo("event('s0')\nevent('s1')\nevent('s2')\nevent('s20')\n");
    Program unchanged = new Shrinker(c -> c.source().contains("'s20'"), 0, 3).shrink(p);
    assertThat(unchanged).isEqualTo(p);
  }

  @Test
  void editsSimplifyNestedStatementsAndExpressionsButNeverEventArguments() {
    Program p = new ProgramGenerator(4).program(0);
    // Keeps any program that still creates a watched object inside a function body.
    Shrinker.Property keeps = c -> c.source().contains("watch(") && c.source().contains("    ");
    Program shrunk = new Shrinker(keeps, 5000, ProgramGenerator.PROLOGUE).shrink(p);
    assertThat(keeps.holds(shrunk)).isTrue();
    assertThat(shrunk.size()).isLessThan(p.size() / 3);
    assertThat(shrunk.source()).doesNotContain("event()");
  }

  @Test
  void everyEditIsAValidStatementList() {
    Program p = new ProgramGenerator(8).program(3);
    for (List<Stmt> edit : Edits.of(p.body())) {
      String source = p.withBody(edit).source();
      assertThat(source).doesNotContain(":\n\n").doesNotEndWith(":\n");
    }
    assertThat(Edits.of(p.body())).hasSizeGreaterThan(p.body().size());
  }
}
