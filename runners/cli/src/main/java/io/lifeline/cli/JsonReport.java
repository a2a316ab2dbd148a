package io.lifeline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lifeline.junit.ResultEntries;
import io.lifeline.scenario.Backend;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code lifeline run --format json}, a contract: {@code {"backends": [{"name", "traits"}], "results":
 * [{"scenario", "backend", "verdict", "status", "events", "expected"}], "summary": {"pass", "fail", "error",
 * "skip"}}}, extended by a top-level {@code "loadErrors": [{"file", "line", "column", "message"}]}. Fields are
 * only ever added: verdict and status {@code "unsupported"} (a model that cannot run the program) and the
 * summary's {@code "unsupported"} count; a result whose status is {@code error} or {@code unsupported} adds
 * {@code "errorType"} and {@code "errorMessage"}, a {@code crash} adds {@code "errorMessage"}, a {@code hang}
 * adds {@code "reason"} ("10s wall clock"), and any other result whose verdict has a reason (a skip's, an
 * error's) adds it as {@code "reason"}; a result judged by a partial-order rule adds {@code "constraints": [{"constraint", "met",
 * "detail"}]} (and has {@code "expected": null}); with {@code --verify N}, N > 1, every result adds {@code "runs": N},
 * {@code "unstable"} and {@code "outcomes": [{"status", "events", "count"}]}; with {@code --trace-refs}, a result
 * whose backend recorded why its events happened adds {@code "why": ["event 'x' <- STORE_FAST at line 6 in f ..."]};
 * with {@code --baseline}, every result adds {@code "baseline": {"class", "why", "diff", "known"}} (class
 * {@code known}, {@code regression}, {@code fixed} or {@code none}; {@code known} the applying entry or null) and
 * the summary adds {@code "regressions"}, {@code "fixed"} and {@code "known"}.
 */
final class JsonReport {
  private JsonReport() {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Why the run ended as it did: the error of an error or unsupported run, a crash's message, a hang's budget. */
  private static void writeEnd(ObjectNode n, ResultEntries.Result r) {
    switch (r.status()) {
      case "error", "unsupported" -> n.put("errorType", r.errorType()).put("errorMessage", r.errorMessage());
      case "crash" -> n.put("errorMessage", r.errorMessage());
      case "hang" -> n.put("reason", r.errorMessage());
      default -> { }
    }
  }

  static void write(RunResults run, List<Backend> backends, boolean gated, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode bs = root.putArray("backends");
    for (Backend b : backends) {
      ObjectNode traits = bs.addObject().put("name", b.name()).putObject("traits");
      b.traits().asMap().forEach(traits::put);
    }
    ArrayNode results = root.putArray("results");
    for (ResultEntries.Result r : run.results()) {
      ObjectNode n = results.addObject();
      n.put("scenario", r.scenario());
      n.put("backend", r.backend());
      n.put("verdict", r.verdict());
      n.put("status", r.status());
      writeEnd(n, r);
      r.events().forEach(n.putArray("events")::add);
      if (r.expected() == null) {
        n.putNull("expected");
      } else {
        r.expected().forEach(n.putArray("expected")::add);
      }
      if (!n.has("reason")) {
        putIfPresent(n, "reason", r.reason());
      }
      if (r.detail() != null && r.detail().startsWith("trace-refs:")) {
        ArrayNode why = n.putArray("why");
        r.detail().substring("trace-refs:".length()).strip().lines().map(String::strip)
            .filter(l -> l.startsWith("event ")).forEach(why::add);
      }
      if (r.constraints() != null) {
        ArrayNode checks = n.putArray("constraints");
        r.constraints().forEach(c ->
            checks.addObject().put("constraint", c.constraint()).put("met", c.met()).put("detail", c.detail()));
      }
      if (gated) {
        writeGate(n.putObject("baseline"), r);
      }
      if (r.runs() != null) {
        n.put("runs", r.runs());
        n.put("unstable", r.unstable());
        ArrayNode outcomes = n.putArray("outcomes");
        for (ResultEntries.Variant v : r.outcomes()) {
          ObjectNode vn = outcomes.addObject();
          vn.put("status", v.status());
          v.events().forEach(vn.putArray("events")::add);
          vn.put("count", v.count());
        }
      }
    }
    ObjectNode summary = root.putObject("summary");
    for (String v : List.of("pass", "fail", "error", "skip", "unsupported")) {
      summary.put(v, run.count(v));
    }
    if (gated) {
      summary.put("regressions", run.gated("regression").size());
      summary.put("fixed", run.gated("fixed").size());
      summary.put("known", run.gated("known").size());
    }
    ArrayNode errors = root.putArray("loadErrors");
    for (ResultEntries.LoadError e : run.loadErrors()) {
      errors.addObject().put("file", e.file()).put("line", e.line()).put("column", e.column())
          .put("message", e.message());
    }
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** A result's class against the baseline; a result that reported none (it never ran) reads as a regression. */
  private static void writeGate(ObjectNode n, ResultEntries.Result r) {
    ResultEntries.Gate gate = r.gate();
    String kind = RunResults.gateKind(r);
    if (gate == null) {
      n.put("class", kind).put("why", kind.equals("none") ? "" : "regression against the baseline: no result was"
          + " judged against it").putNull("diff").putNull("known");
      return;
    }
    n.put("class", gate.kind()).put("why", gate.why()).put("diff", gate.diff());
    ResultEntries.KnownEntry e = gate.entry();
    if (e == null) {
      n.putNull("known");
      return;
    }
    ObjectNode k = n.putObject("known");
    k.put("backends", e.selector()).put("verdict", e.verdict()).put("status", e.status());
    if (e.errorType() != null) {
      k.put("errorType", e.errorType());
    }
    if (e.broken() != null) {
      e.broken().forEach(k.putArray("broken")::add);
    } else {
      e.events().forEach(k.putArray("events")::add);
    }
    putIfPresent(k, "reason", e.reason());
    putIfPresent(k, "link", e.link());
  }

  private static void putIfPresent(ObjectNode n, String field, String value) {
    if (value != null && !value.isEmpty()) {
      n.put(field, value);
    }
  }
}
