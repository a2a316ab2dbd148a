package io.lifeline.differential;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Rule;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.Status;
import java.util.Objects;
import java.util.Optional;

/** Judges an outcome against the first rule of a scenario that matches the backend's traits. */
public final class Judge {

  private Judge() {}

  /**
   * The verdict: SKIP without a matching rule; ERROR for a backend crash, or for an uncaught exception or a hang
   * the rule does not expect (the scenario did not run to its end); PASS when status, error type and events all
   * equal the rule's; FAIL otherwise.
   */
  public static Judgement judge(Scenario scenario, Backend backend, Outcome outcome) {
    Optional<Rule> match = scenario.ruleFor(backend.traits());
    if (match.isEmpty()) {
      return new Judgement(scenario.id(), backend.name(), outcome, null, Verdict.SKIP,
          "no rule matches traits " + backend.traits(), null);
    }
    Rule rule = match.get();
    AlignedDiff diff = AlignedDiff.of("expected", rule.events(), "actual " + backend.name(), outcome.events());
    Verdict verdict;
    String reason;
    if (outcome.status() == Status.CRASH) {
      verdict = Verdict.ERROR;
      reason = "backend crashed: " + outcome.errorMessage();
    } else if (outcome.status() != rule.status()) {
      boolean unexpectedError = outcome.status() == Status.ERROR && rule.status() == Status.COMPLETED;
      verdict = unexpectedError ? Verdict.ERROR : Verdict.FAIL;
      reason = "expected status " + rule.status().wireName() + ", got " + outcome.statusLine();
    } else if (rule.errorType() != null && !Objects.equals(rule.errorType(), outcome.errorType())) {
      verdict = Verdict.FAIL;
      reason = "expected error " + rule.errorType() + ", got " + outcome.statusLine();
    } else if (!diff.isEqual()) {
      verdict = Verdict.FAIL;
      reason = "events differ from the rule at " + rule.location() + " (" + rule.describeWhen() + ")";
    } else {
      verdict = Verdict.PASS;
      reason = "";
    }
    return new Judgement(scenario.id(), backend.name(), outcome, rule, verdict, reason, diff);
  }
}
