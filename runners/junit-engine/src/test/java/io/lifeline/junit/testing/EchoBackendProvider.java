package io.lifeline.junit.testing;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.BackendProvider;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import io.lifeline.scenario.Traits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test double: backends that understand only {@code event("x")} lines and {@code raise Name} lines, so CLI tests
 * do not depend on the machine's interpreters. "echo-old" reverses the order of events tagged {@code @swap}, to
 * make two backends diverge.
 */
public final class EchoBackendProvider implements BackendProvider {

  private static final Pattern EVENT = Pattern.compile("^\\s*event\\(\"([^\"]*)\"\\)\\s*$");
  private static final Pattern RAISE = Pattern.compile("^\\s*raise (\\w+)\\s*$");

  @Override
  public List<Backend> backends(BackendOptions options) {
    return List.of(new Echo("echo-new", "3.11", false), new Echo("echo-old", "3.10", true));
  }

  record Echo(String name, String version, boolean swap) implements Backend {
    @Override
    public Traits traits() {
      Map<String, String> traits = new java.util.LinkedHashMap<>();
      traits.put("impl", "echo");
      traits.put("version", version);
      traits.put("kind", "test");
      return Traits.of(traits);
    }

    @Override
    public Outcome run(String program, Budget budget) {
      List<String> events = new ArrayList<>();
      for (String line : program.split("\n")) {
        Matcher e = EVENT.matcher(line);
        if (e.matches()) {
          String ev = e.group(1);
          if (swap && ev.startsWith("@swap") && !events.isEmpty() && events.get(events.size() - 1).startsWith("@swap")) {
            events.add(events.size() - 1, ev);
          } else {
            events.add(ev);
          }
        }
        Matcher r = RAISE.matcher(line);
        if (r.matches()) {
          return new Outcome(events, Status.ERROR, r.group(1), "", List.of(), "", Duration.ZERO);
        }
      }
      return Outcome.completed(events, List.of(), Duration.ZERO);
    }
  }
}
