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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test double: backends that understand only {@code event("x")} lines, {@code raise Name} lines,
 * {@code gc.collect()} lines (a gc.collect() return marker), {@code hang()} (stops as a HANG) and
 * {@code crash()} (a CRASH), so CLI tests do not depend on the machine's interpreters. "echo-old" reverses the
 * order of events tagged {@code @swap}, to make two backends diverge. "echo-flaky" does so only on every second
 * run of each program, so repeated runs of it disagree ({@code --verify}) however runs of different programs
 * interleave.
 */
public final class EchoBackendProvider implements BackendProvider {

  private static final Pattern EVENT = Pattern.compile("^\\s*event\\(\"([^\"]*)\"\\)\\s*$");
  private static final Pattern RAISE = Pattern.compile("^\\s*raise (\\w+)\\s*$");

  @Override
  public List<Backend> backends(BackendOptions options) {
    return List.of(new Echo("echo-new", "3.11", false, null), new Echo("echo-old", "3.10", true, null),
        new Echo("echo-flaky", "3.9", true, new java.util.concurrent.ConcurrentHashMap<>()));
  }

  /** An echo backend; {@code runs} counts a flaky one's runs per program, null for a steady one. */
  record Echo(String name, String version, boolean swap, Map<String, AtomicInteger> runs) implements Backend {
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
      boolean swapNow = swap
          && (runs == null || runs.computeIfAbsent(program, p -> new AtomicInteger()).getAndIncrement() % 2 == 1);
      List<String> events = new ArrayList<>();
      List<Integer> gc = new ArrayList<>();
      for (String line : program.split("\n")) {
        Matcher e = EVENT.matcher(line);
        if (e.matches()) {
          String ev = e.group(1);
          if (swapNow && ev.startsWith("@swap") && !events.isEmpty()
              && events.get(events.size() - 1).startsWith("@swap")) {
            events.add(events.size() - 1, ev);
          } else {
            events.add(ev);
          }
        }
        if (line.strip().equals("gc.collect()")) {
          gc.add(events.size());
        }
        if (line.strip().equals("hang()")) {
          return new Outcome(events, Status.HANG, null, "10s wall clock", List.of(), "", Duration.ZERO, gc);
        }
        if (line.strip().equals("crash()")) {
          return Outcome.crash(events, "killed by signal 9 (SIGKILL)", "", Duration.ZERO);
        }
        Matcher r = RAISE.matcher(line);
        if (r.matches()) {
          return new Outcome(events, Status.ERROR, r.group(1), "", List.of(), "", Duration.ZERO, gc);
        }
      }
      return new Outcome(events, Status.COMPLETED, null, null, List.of(), "", Duration.ZERO, gc);
    }
  }
}
