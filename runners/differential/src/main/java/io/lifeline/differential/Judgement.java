package io.lifeline.differential;

import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Rule;
import java.util.List;
import java.util.Optional;

/**
 * One backend's outcome on one scenario, judged against the rule that applies to it.
 *
 * @param scenarioId the scenario
 * @param backend the backend's name
 * @param outcome what the backend observed
 * @param rule the first rule matching the backend's traits, or null when none does
 * @param verdict the verdict
 * @param reason one line saying why, for a verdict other than PASS; empty for PASS
 * @param diff expected events (left) against actual events (right), or null when there is no rule or the rule
 *     is a partial-order rule
 * @param constraints each constraint of a partial-order rule, met or broken, in the rule's order; empty otherwise
 */
public record Judgement(
    String scenarioId, String backend, Outcome outcome, Rule rule, Verdict verdict, String reason, AlignedDiff diff,
    List<ConstraintResult> constraints) {

  public Judgement {
    constraints = List.copyOf(constraints);
  }

  public Optional<Rule> matchedRule() {
    return Optional.ofNullable(rule);
  }

  /**
   * The exact expected events; null when no rule matched or the rule is a partial-order rule (which expects no
   * exact list: see {@link #constraints}).
   */
  public List<String> expectedEvents() {
    return rule == null || rule.isPartialOrder() ? null : rule.events();
  }

  /** The constraints that the outcome breaks. */
  public List<ConstraintResult> brokenConstraints() {
    return constraints.stream().filter(c -> !c.met()).toList();
  }
}
