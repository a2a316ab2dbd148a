package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  /** Each malformed rule and its one located problem, "line:column: message". */
  static Stream<Arguments> problems() {
    return Stream.of(
        // malformed orders
        arguments("- order: ['a < a']\n",
            "5:11: order item 'a < a' orders a before itself"),
        arguments("- order: ['a < b < a']\n",
            "5:11: order item 'a < b < a' orders a before itself"),
        arguments("- order: ['a <']\n",
            "5:11: order item 'a <' has an empty side; write 'a < b' with an event on each side of '<'"),
        arguments("- order: ['b > a']\n",
            "5:11: order item 'b > a' uses '>'; write every order with '<', earlier event first: 'a < b'"),
        arguments("- order: ['a <= b']\n",
            "5:11: order item 'a <= b' is not an order; write 'a < b' (a occurs before b)"),
        arguments("- order: ['a << b']\n",
            "5:11: order item 'a << b' is not an order; write 'a < b' (a occurs before b)"),
        arguments("- order: []\n",
            "5:10: expect[0].order must list at least one value"),
        arguments("- order: [1]\n",
            "5:11: expect[0].order[0] must be a string, not a number"),
        // orders that contradict each other or another constraint, and repeats
        arguments("- order: ['a < b', 'b < c', 'c < a']\n",
            "5:29: 'c < a' contradicts the other orders of this rule: together they put a before itself"),
        arguments("- order: ['a < b']\n  within: {gc: ['b < a']}\n",
            "6:17: 'within gc: b < a' contradicts the other orders of this rule: together they put a before"
            + " itself"),
        arguments("- order: ['a < b', 'a<b']\n",
            "5:20: 'a < b' is already listed at line 5"),
        arguments("- absent: [a]\n  order: ['a < b']\n",
            "5:12: 'absent: a' contradicts 'a < b' (line 6): a cannot both never occur and occur"),
        arguments("- count: {a: 0}\n  count2: 1\n",
            "6:3: unknown key 'count2'; expected one of: when, events, order, absent, count, within,"
            + " status, error"),
        arguments("- count: {a: 0, b: 1}\n  within: {gc: [a]}\n",
            "5:14: 'count: a = 0' contradicts 'within gc: a' (line 6): a cannot both never occur and occur"),
        // malformed counts and deadlines
        arguments("- count: {a: -1}\n",
            "5:14: expect[0].count.a: must have a minimum value of 0"),
        arguments("- count: {a: two}\n",
            "5:14: expect[0].count.a must be an integer, not a string"),
        arguments("- within: gc\n",
            "5:11: within takes a deadline and the events due by it: within: {gc: [event, 'anchor <"
            + " event']}, not 'gc'"),
        arguments("- within: {return: [a]}\n",
            "5:12: unknown key 'return'; expected one of: gc"),
        arguments("- within: {gc: ['a < b < c']}\n",
            "5:17: within item 'a < b < c' has more than one '<': write 'event' (due by the first"
            + " gc.collect() return) or 'anchor < event' (due by the first gc.collect() return after anchor)"),
        // exact events and constraints are mutually exclusive, and one of them is required
        arguments("- events: [a]\n  absent: [b]\n",
            "6:3: 'absent' cannot be combined with 'events': a rule gives either the exact events or"
            + " constraints (order, absent, count, within)"),
        arguments("- when: {impl: pypy}\n",
            "5:3: a rule needs 'events' (the exact list) or constraints: order, absent, count, within"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void everyProblemIsLocatedAndWorded(String expect, String problem) throws IOException {
    assertThat(onlyError(expect)).isEqualTo(problem);
  }
}
