package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partial-order rules: how order, absent, count and within are read, and every located problem they can have. */
class ConstraintRulesTest {

  @TempDir
  Path root;

  private LoadResult load(String expect) throws IOException {
    CaseRootFixture.writeScenario(root, "x", "title: t\nsource: |\n  event('a')\nexpect:\n" + expect);
    return new ScenarioLoader().loadRoot(root);
  }

  private Rule onlyRule(String expect) throws IOException {
    LoadResult result = load(expect);
    assertThat(result.errors()).isEmpty();
    return result.scenarios().get(0).rules().get(0);
  }

  /** The only problem: "line:column: message". */
  private String onlyError(String expect) throws IOException {
    List<ScenarioError> errors = load(expect).errors();
    assertThat(errors).hasSize(1);
    ScenarioError e = errors.get(0);
    return e.location().line() + ":" + e.location().column() + ": " + e.message();
  }

  @Test
  void everyKindIsReadInKeyOrderWithItsText() throws IOException {
    Rule rule = onlyRule("""
        - when: {impl: pypy}
          within: {gc: [callback, 'dropped < finalized']}
          count: {tick: 2, 1: 0}
          absent: [leak, 7]
          order: ['a < b < c', d]
          status: error
        """);
    assertThat(rule.isPartialOrder()).isTrue();
    assertThat(rule.events()).isEmpty();
    assertThat(rule.status()).isEqualTo(Status.ERROR);
    assertThat(rule.constraints()).extracting(Constraint::text).containsExactly(
        "a < b < c", "d", "absent: leak", "absent: 7", "count: tick = 2", "count: 1 = 0", "within gc: callback",
        "within gc: dropped < finalized");
    assertThat(rule.constraints().get(0)).isEqualTo(new Constraint.Order(List.of("a", "b", "c")));
    assertThat(rule.constraints().get(7)).isEqualTo(new Constraint.WithinGc("dropped", "finalized"));
  }

  @Test
  void spacesAroundTheSignAreOptional() throws IOException {
    assertThat(onlyRule("- order: ['a<b', ' x  <  y z ']\n").constraints()).extracting(Constraint::text)
        .containsExactly("a < b", "x < y z");
  }

  @Test
  void anExactRuleHasNoConstraints() throws IOException {
    Rule rule = onlyRule("- events: [a]\n");
    assertThat(rule.isPartialOrder()).isFalse();
    assertThat(rule.constraints()).isEmpty();
  }

  @Test
  void malformedOrders() throws IOException {
    assertThat(onlyError("- order: ['a < a']\n")).isEqualTo("5:11: order item 'a < a' orders a before itself");
    assertThat(onlyError("- order: ['a < b < a']\n")).contains("orders a before itself");
    assertThat(onlyError("- order: ['a <']\n")).isEqualTo(
        "5:11: order item 'a <' has an empty side; write 'a < b' with an event on each side of '<'");
    assertThat(onlyError("- order: ['b > a']\n")).contains("uses '>'; write every order with '<'");
    assertThat(onlyError("- order: ['a <= b']\n")).contains("'a <= b' is not an order");
    assertThat(onlyError("- order: ['a << b']\n")).contains("is not an order");
    assertThat(onlyError("- order: []\n")).contains("order must list at least one value");
    assertThat(onlyError("- order: [1]\n")).contains("must be a string");
  }

  @Test
  void contradictionsAndRepeats() throws IOException {
    assertThat(onlyError("- order: ['a < b', 'b < c', 'c < a']\n")).isEqualTo(
        "5:29: 'c < a' contradicts the other orders of this rule: together they put a before itself");
    assertThat(onlyError("- order: ['a < b']\n  within: {gc: ['b < a']}\n")).contains("put a before itself");
    assertThat(onlyError("- order: ['a < b', 'a<b']\n")).isEqualTo("5:20: 'a < b' is already listed at line 5");
    assertThat(onlyError("- absent: [a]\n  order: ['a < b']\n")).isEqualTo(
        "5:12: 'absent: a' contradicts 'a < b' (line 6): a cannot both never occur and occur");
    assertThat(onlyError("- count: {a: 0}\n  count2: 1\n")).contains("unknown key 'count2'");
    assertThat(onlyError("- count: {a: 0, b: 1}\n  within: {gc: [a]}\n")).contains("'count: a = 0' contradicts");
  }

  @Test
  void malformedCountsAndDeadlines() throws IOException {
    assertThat(onlyError("- count: {a: -1}\n")).contains("count.a");
    assertThat(onlyError("- count: {a: two}\n")).contains("count.a must be an integer");
    assertThat(onlyError("- within: gc\n")).isEqualTo(
        "5:11: within takes a deadline and the events due by it: within: {gc: [event, 'anchor < event']}, not 'gc'");
    assertThat(onlyError("- within: {return: [a]}\n")).contains("unknown key 'return'; expected one of: gc");
    assertThat(onlyError("- within: {gc: ['a < b < c']}\n")).contains("has more than one '<'");
  }

  @Test
  void eventsAndConstraintsAreMutuallyExclusiveAndOneIsRequired() throws IOException {
    assertThat(onlyError("- events: [a]\n  absent: [b]\n")).isEqualTo(
        "6:3: 'absent' cannot be combined with 'events': a rule gives either the exact events or constraints"
            + " (order, absent, count, within)");
    assertThat(onlyError("- when: {impl: pypy}\n")).isEqualTo(
        "5:3: a rule needs 'events' (the exact list) or constraints: order, absent, count, within");
  }
}
