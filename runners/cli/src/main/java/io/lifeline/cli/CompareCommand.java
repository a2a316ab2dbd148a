package io.lifeline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lifeline.baseline.Change;
import io.lifeline.baseline.ChangeKind;
import io.lifeline.baseline.ObservedResult;
import io.lifeline.baseline.RunComparison;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lifeline compare OLD.json NEW.json}: what changed between two runs ({@link RunComparison}). */
@Command(name = "compare", description = "Compare two outputs of lifeline run --format json (yesterday's build and"
    + " today's, or two interpreters): regressions, fixes and changed outcomes, each with the aligned event diff."
    + " Exit 0: no regression; 1: a regression; 2: usage errors.")
final class CompareCommand extends Subcommand {

  @Parameters(index = "0", paramLabel = "OLD.json", description = "The older run's JSON output.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW.json", description = "The newer run's JSON output.")
  Path after;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json: {\"pairs\", \"changes\": [{\"scenario\", \"kind\", \"before\","
          + " \"after\", \"diff\"}], \"summary\"}.")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format must be text or json, not '" + format + "'");
    }
    RunComparison c = RunComparison.of(RunDocument.read(before), RunDocument.read(after));
    PrintWriter out = streams().out();
    if (format.equals("json")) {
      json(c, out);
    } else {
      text(c, out);
    }
    return c.hasRegression() ? Main.FAILED : Main.OK;
  }

  private static void text(RunComparison c, PrintWriter out) {
    c.pairs().forEach((b, a) -> out.println("compared " + (b.equals(a) ? b : b + " -> " + a)));
    c.onlyBefore().forEach(b -> out.println("only in OLD (not compared): " + b));
    c.onlyAfter().forEach(a -> out.println("only in NEW (not compared): " + a));
    out.println();
    for (ChangeKind kind : ChangeKind.values()) {
      for (Change ch : c.of(kind)) {
        out.println(kind.name() + " " + ch.scenario() + " [" + ch.backends() + "]: " + line(ch.before()) + " -> "
            + line(ch.after()));
        out.print(ch.diff().render().indent(2));
        out.println();
      }
    }
    out.printf("%d (scenario, backend) compared: %d regressions, %d fixed, %d changed%n", c.compared(),
        c.of(ChangeKind.REGRESSION).size(), c.of(ChangeKind.FIXED).size(), c.of(ChangeKind.CHANGED).size());
  }

  /** {@code fail (completed)} or {@code pass (error: KeyError), broken [a < b]}. */
  private static String line(ObservedResult r) {
    return r.verdict() + " (" + r.known().end() + ")"
        + (r.broken() == null || r.broken().isEmpty() ? "" : ", broken " + r.broken());
  }

  private static void json(RunComparison c, PrintWriter out) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    ObjectNode pairs = root.putObject("pairs");
    c.pairs().forEach(pairs::put);
    c.onlyBefore().forEach(root.putArray("onlyOld")::add);
    c.onlyAfter().forEach(root.putArray("onlyNew")::add);
    ArrayNode changes = root.putArray("changes");
    for (Change ch : c.changes()) {
      ObjectNode n = changes.addObject();
      n.put("scenario", ch.scenario()).put("kind", ch.kind().wireName());
      side(n.putObject("before"), ch.before());
      side(n.putObject("after"), ch.after());
      n.put("diff", ch.diff().render());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("compared", c.compared());
    for (ChangeKind kind : ChangeKind.values()) {
      summary.put(kind == ChangeKind.REGRESSION ? "regressions" : kind.wireName(), c.of(kind).size());
    }
    try {
      out.println(json.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  private static void side(ObjectNode n, ObservedResult r) {
    n.put("backend", r.backend()).put("verdict", r.verdict()).put("status", r.status().wireName());
    if (r.errorType() != null) {
      n.put("errorType", r.errorType());
    }
    r.events().forEach(n.putArray("events")::add);
    if (r.broken() != null) {
      r.broken().forEach(n.putArray("broken")::add);
    }
  }
}
