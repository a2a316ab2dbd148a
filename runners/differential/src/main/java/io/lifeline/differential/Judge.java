package io.lifeline.differential;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Rule;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.Status;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Judges an outcome against the first rule of a scenario that matches the backend's traits. */
public final class Judge {

  private Judge() {}

  /**
   * How the reason of an UNSUPPORTED verdict starts; report categories match on it
   * ({@code reports/categories.json}).
   */
  public static final String UNSUPPORTED_REASON = "the model cannot run this program: ";

  /**
   * The verdict: UNSUPPORTED when a model could not run the program (whatever the rules say: no rule matches
   * that outcome); SKIP without a matching rule; ERROR for a backend crash, or for an uncaught exception or a hang
   * the rule does not expect (the scenario did not run to its end); PASS when status and error type equal the
   * rule's and the events equal its events or, for a partial-order rule, meet every constraint; FAIL otherwise.
   * A partial-order rule's constraints are checked (and reported) whatever the verdict.
   */
  public static Judgement judge(Scenario scenario, Backend backend, Outcome outcome) {
    Optional<Rule> match = scenario.ruleFor(backend.traits());
    if (outcome.status() == Status.UNSUPPORTED) {
      return new Judgement(scenario.id(), backend.name(), outcome, match.orElse(null), Verdict.UNSUPPORTED,
          UNSUPPORTED_REASON + outcome.errorMessage(), null, List.of());
    }
    if (match.isEmpty()) {
      return new Judgement(scenario.id(), backend.name(), outcome, null, Verdict.SKIP,
          "no rule matches traits " + backend.traits(), null, List.of());
    }
    Rule rule = match.get();
    AlignedDiff diff = rule.isPartialOrder()
        ? null : AlignedDiff.of("expected", rule.events(), "actual " + backend.name(), outcome.events());
    List<ConstraintResult> constraints = ConstraintResult.check(rule.constraints(), outcome);
    long broken = constraints.stream().filter(c -> !c.met()).count();
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
    } else if (diff != null && !diff.isEqual()) {
      verdict = Verdict.FAIL;
      reason = "events differ from the rule at " + rule.location() + " (" + rule.describeWhen() + ")";
    } else if (broken > 0) {
      verdict = Verdict.FAIL;
      reason = broken + " of " + constraints.size() + " constraints broken, rule at " + rule.location() + " ("
          + rule.describeWhen() + ")";
    } else {
      verdict = Verdict.PASS;
      reason = "";
    }
    return new Judgement(scenario.id(), backend.name(), outcome, rule, verdict, reason, diff, constraints);
  }
}
