package io.lifeline.cli;

import io.lifeline.junit.ResultEntries;
import io.lifeline.scenario.Backend;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text form of a run, ordered so that it ends with what needs attention: the backends, a matrix of verdicts
 * (scenario x backend), with {@code --trace-refs} why each event happened, one line per divergence the rules expect
 * (with {@code -v} its groups and diffs in full), the groups and aligned diffs of every divergence the rules do not
 * expect ({@link Divergence}), with {@code --verify} every (scenario, backend) whose runs disagreed, the diff (or,
 * for a partial-order rule, each constraint met or broken) of every failing or erroring (scenario, backend), the
 * load errors, and the summary line.
 * A (scenario, backend) the model could not run is {@code unsup} in the matrix, listed with its construct, and
 * counted apart in the summary (only when there is one).
 *
 * <p>With a baseline, the matrix shows {@code known} for a known failure and {@code fixed} for a listed result that
 * passes; known failures get one {@code KNOWN} line each and fixes one {@code FIXED} line each (before the
 * problems), only regressions get the full block, led by a {@code REGRESSION} line and the diff against the known
 * outcome, and the summary line counts regressions, fixes and known failures.
 */
final class TextReport {
  private TextReport() {}

  static void write(RunResults run, List<Backend> backends, boolean verbose, boolean gated, PrintWriter out) {
    out.println("backends:");
    for (int i = 0; i < backends.size(); i++) {
      Backend b = backends.get(i);
      out.printf("  [%d] %-24s %s%n", i + 1, b.name(), b.traits().asMap());
    }
    out.println();
    writeMatrix(run, backends, gated, out);
    writeTraces(run, out);
    List<Divergence> divergences = Divergence.of(run);
    writeExpectedDivergences(divergences, verbose, out);
    divergences.stream().filter(d -> !d.expected()).forEach(d -> writeDivergence(d, out));
    writeUnstable(run, out);
    writeUnsupported(run, out);
    if (gated) {
      writeGated(run, "known", "KNOWN", out);
      writeGated(run, "fixed", "FIXED", out);
    }
    writeProblems(run, gated, out);
    writeLoadErrors(run, out);
    long unstable = run.results().stream().filter(ResultEntries.Result::unstable).count();
    long badFiles = run.loadErrors().stream().map(ResultEntries.LoadError::file).distinct().count();
    out.printf("%d passed, %d failed, %d errors, %d skipped%s%s%s%n", run.count("pass"), run.count("fail"),
        run.count("error"), run.count("skip"),
        run.count("unsupported") == 0 ? "" : ", " + run.count("unsupported") + " unsupported",
        badFiles == 0 ? "" : ", " + badFiles + (badFiles == 1 ? " file" : " files") + " with load errors",
        unstable == 0 ? "" : ", " + unstable + " unstable");
    if (gated) {
      out.printf("against the baseline: %d regressions, %d fixed, %d known failures%n",
          run.gated("regression").size(), run.gated("fixed").size(), run.gated("known").size());
    }
    run.engineFailures().forEach(f -> out.println("engine failure: " + f));
  }

  private static void writeMatrix(RunResults run, List<Backend> backends, boolean gated, PrintWriter out) {
    Map<String, Map<String, String>> cells = new LinkedHashMap<>();
    for (ResultEntries.Result r : run.results()) {
      String kind = RunResults.gateKind(r);
      String cell = gated && kind.equals("known") ? "known"
          : gated && kind.equals("fixed") && r.verdict().equals("pass") ? "fixed" : cell(r);
      cells.computeIfAbsent(r.scenario(), k -> new LinkedHashMap<>()).put(r.backend(), cell);
    }
    int width = Math.max(8, cells.keySet().stream().mapToInt(String::length).max().orElse(8));
    StringBuilder header = new StringBuilder(String.format("%-" + width + "s", "scenario"));
    for (int i = 0; i < backends.size(); i++) {
      header.append(String.format(" %5s", "[" + (i + 1) + "]"));
    }
    out.println(header);
    cells.forEach((scenario, row) -> {
      StringBuilder line = new StringBuilder(String.format("%-" + width + "s", scenario));
      for (Backend b : backends) {
        line.append(String.format(" %5s", row.getOrDefault(b.name(), "-")));
      }
      out.println(line);
    });
    out.println();
  }

  private static String cell(ResultEntries.Result r) {
    return switch (r.verdict()) {
      case "pass" -> "pass";
      case "fail" -> r.status().equals("hang") ? "HANG" : "FAIL";
      case "error" -> "ERROR";
      case "unsupported" -> "unsup";
      default -> r.verdict();
    };
  }

  private static void writeLoadErrors(RunResults run, PrintWriter out) {
    if (run.loadErrors().isEmpty()) {
      return;
    }
    out.println("load errors:");
    run.loadErrors().forEach(e -> out.println("  " + e));
    out.println();
  }

  /** Each (scenario, backend) a model could not run, with the construct and where it is: one line each. */
  private static void writeUnsupported(RunResults run, PrintWriter out) {
    boolean any = false;
    for (ResultEntries.Result r : run.results()) {
      if (r.verdict().equals("unsupported")) {
        out.println("UNSUPPORTED " + r.scenario() + " [" + r.backend() + "]: " + r.errorMessage());
        any = true;
      }
    }
    if (any) {
      out.println();
    }
  }

  /** One line per result of a baseline class: {@code KNOWN scenario [backend]: why}. */
  private static void writeGated(RunResults run, String kind, String label, PrintWriter out) {
    List<ResultEntries.Result> results = run.gated(kind);
    results.forEach(r -> out.println(label + " " + r.scenario() + " [" + r.backend() + "]: " + detail(r.gate())));
    if (!results.isEmpty()) {
      out.println();
    }
  }

  /** The gate's why without its leading class phrase ("known failure (baseline): "), which the label says. */
  private static String detail(ResultEntries.Gate gate) {
    int colon = gate.why().indexOf(": ");
    return colon < 0 ? gate.why() : gate.why().substring(colon + 2);
  }

  private static void writeProblems(RunResults run, boolean gated, PrintWriter out) {
    for (ResultEntries.Result r : run.results()) {
      if (!r.verdict().equals("fail") && !r.verdict().equals("error")) {
        continue;
      }
      if (gated && !RunResults.gateKind(r).equals("regression")) {
        continue;
      }
      if (gated && r.gate() != null) {
        out.println("REGRESSION " + r.scenario() + " [" + r.backend() + "]: " + detail(r.gate()));
        if (r.gate().diff() != null) {
          out.print(r.gate().diff().indent(2));
        }
      }
      out.println(r.verdict().toUpperCase() + " " + r.scenario() + " [" + r.backend() + "]: " + r.reason());
      if (r.rule() != null) {
        out.println("  rule: " + r.rule());
      }
      out.println("  status: " + r.status() + (r.errorType() == null ? "" : ": " + r.errorType())
          + (r.errorMessage() == null ? "" : ": " + r.errorMessage()));
      if (r.diff() != null) {
        out.print(r.diff().indent(2));
      }
      if (r.constraints() != null) {
        out.println("  events: " + ResultEntries.eventsWithGcMarks(r.events(), r.gcCollects()));
        r.constraints().forEach(c -> out.println("    " + c.line()));
      }
      if (r.shutdown() != null && !r.shutdown().isEmpty()) {
        out.println("  shutdown events (not compared): " + r.shutdown());
      }
      if (r.detail() != null && !r.detail().isBlank()) {
        out.print(r.detail().indent(4));
      }
      out.println();
    }
  }

  /** With --trace-refs: why each event of each (scenario, backend) happened, where the backend recorded it. */
  private static void writeTraces(RunResults run, PrintWriter out) {
    for (ResultEntries.Result r : run.results()) {
      if (r.detail() != null && r.detail().startsWith(TRACE_HEADER) && !r.verdict().equals("fail")
          && !r.verdict().equals("error")) {
        out.println("WHY " + r.scenario() + " [" + r.backend() + "]:");
        out.print(r.detail().substring(TRACE_HEADER.length()).strip().indent(2));
        out.println();
      }
    }
  }

  /** How a traced outcome's detail starts (see {@code Backend#runTracingRefs}). */
  private static final String TRACE_HEADER = "trace-refs:";

  /** With --verify: every (scenario, backend) whose runs did not all give the same outcome. */
  private static void writeUnstable(RunResults run, PrintWriter out) {
    for (ResultEntries.Result r : run.results()) {
      if (!r.unstable()) {
        continue;
      }
      out.println("UNSTABLE " + r.scenario() + " [" + r.backend() + "]: " + r.outcomes().size()
          + " different outcomes in " + r.runs() + " runs");
      for (ResultEntries.Variant v : r.outcomes()) {
        out.println("  " + v.count() + "x " + v.status() + " " + v.events());
      }
      out.println();
    }
  }

  /** One line per divergence the rules expect, or with {@code -v} each in full. */
  private static void writeExpectedDivergences(List<Divergence> divergences, boolean verbose, PrintWriter out) {
    List<Divergence> expected = divergences.stream().filter(Divergence::expected).toList();
    if (verbose) {
      expected.forEach(d -> writeDivergence(d, out));
      return;
    }
    for (Divergence d : expected) {
      out.println("expected divergence " + d.scenario() + ": " + d.groups().groups().size() + " groups ("
          + d.groupsLine() + ")");
    }
    if (!expected.isEmpty()) {
      out.println("(" + expected.size() + " divergences the rules expect; -v shows their groups and diffs)");
      out.println();
    }
  }

  private static void writeDivergence(Divergence d, PrintWriter out) {
    ResultEntries.Groups g = d.groups();
    out.println("DIVERGENCE " + d.scenario() + ": " + g.groups().size() + " groups");
    d.unexpected().ifPresent(why -> out.println("  not expected: " + why));
    for (int i = 0; i < g.groups().size(); i++) {
      ResultEntries.Group group = g.groups().get(i);
      out.println("  group " + (i + 1) + " (" + group.status() + "): " + String.join(", ", group.backends()));
    }
    for (int i = 0; i < g.diffs().size(); i++) {
      out.println("  group 1 vs group " + (i + 2) + ":");
      out.print(g.diffs().get(i).indent(4));
    }
    out.println();
  }
}
