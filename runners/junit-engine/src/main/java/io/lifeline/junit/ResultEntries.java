package io.lifeline.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lifeline.baseline.GateResult;
import io.lifeline.differential.AlignedDiff;
import io.lifeline.differential.ConstraintResult;
import io.lifeline.differential.GcMarks;
import io.lifeline.differential.Judgement;
import io.lifeline.differential.OutcomeGroup;
import io.lifeline.differential.ScenarioReport;
import io.lifeline.differential.Stability;
import io.lifeline.scenario.BaselineEntry;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.Traits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON carried by the engine's report entries, written here and read back by listeners (the CLI, reports).
 * The engine publishes results only through these entries; it never calls a reporter.
 */
public final class ResultEntries {
  private ResultEntries() {}

  /**
   * A backend test's result, as read back from its {@link Constants#RESULT_ENTRY} entry.
   *
   * <p>{@code expected} is null for a skip and for a partial-order rule, whose checks are in {@code constraints}
   * (null for an exact rule or a skip). {@code gcCollects} are the outcome's gc.collect() return positions.
   * {@code runs} is null unless the engine ran each test several times ({@link Constants#VERIFY}); then
   * {@code unstable} says whether the runs disagreed and {@code outcomes} lists the distinct outcomes.
   *
   * <p>{@code diff} is the rendered text; {@code alignedDiff} the same rows with their tags (null without a rule);
   * {@code traits} the backend's traits; {@code message} the failure text the test fails with (empty for a pass);
   * {@code expectedEnd} how the rule expects the run to end ({@code completed}, {@code error: KeyError}), null
   * without a rule; {@code gate} what the result is against the run's baseline, null without one.
   */
  public record Result(
      String scenario, String backend, String verdict, String status, String errorType, String errorMessage,
      List<String> events, List<String> expected, List<String> shutdown, String rule, String reason, String diff,
      long elapsedMillis, String detail, List<Check> constraints, List<Integer> gcCollects, Integer runs,
      boolean unstable, List<Variant> outcomes, Map<String, String> traits, AlignedDiff alignedDiff, String message,
      String expectedEnd, Gate gate) {

    /** How the run ended, in the form of {@link #expectedEnd()}: {@code completed}, {@code error: KeyError}. */
    public String actualEnd() {
      return status + (errorType == null ? "" : ": " + errorType);
    }
  }

  /**
   * A result against the baseline ({@link Constants#BASELINE}).
   *
   * @param kind {@code known}, {@code regression}, {@code fixed} or {@code none}
   * @param why one line saying so
   * @param diff for a known failure whose outcome changed, the recorded list against today's, rendered; else null
   * @param entry the applying entry, or null when none applies
   */
  public record Gate(String kind, String why, String diff, KnownEntry entry) {}

  /**
   * A baseline entry as a result carries it: its verdict and known outcome, reason and link.
   *
   * @param events the known events, null when {@code broken} is given
   * @param broken the known broken constraints, null when {@code events} is given
   */
  public record KnownEntry(String selector, String verdict, String status, String errorType, List<String> events,
      List<String> broken, String reason, String link) {}

  /** One constraint of a partial-order rule: its text, whether it was met, and why not. */
  public record Check(String constraint, boolean met, String detail) {
    /** {@code met     a < b} or {@code BROKEN  a < b: why}. */
    public String line() {
      return new ConstraintResult(constraint, met, detail).line();
    }
  }

  /** One distinct outcome of repeated runs: status line, events, and how many runs observed it. */
  public record Variant(String status, List<String> events, int count) {}

  /**
   * What a scenario is, as read back from its {@link Constants#SCENARIO_ENTRY} entry.
   *
   * @param id the scenario id
   * @param family the first segment of the id
   * @param title one line
   * @param description free text
   * @param tags tags as written
   * @param links links as written
   * @param includes the {@code lib/} files prepended to the source
   * @param source the Python source as written
   * @param file the scenario file
   */
  public record ScenarioInfo(String id, String family, String title, String description, List<String> tags,
      List<String> links, List<String> includes, String source, String file) {

    /** The info of a loaded scenario. */
    public static ScenarioInfo of(Scenario s) {
      return new ScenarioInfo(s.id(), s.family(), s.title(), s.description(), s.tags(), s.links(), s.includes(),
          s.source(), s.file().toString());
    }
  }

  /** One outcome group of a scenario, as read back from its {@link Constants#GROUPS_ENTRY} entry. */
  public record Group(List<String> backends, String status, List<String> events) {}

  /** A scenario's groups and the rendered aligned diff of each group after the first against the first. */
  public record Groups(List<Group> groups, List<String> diffs) {}

  /** The events with a {@code (gc.collect() returned)} entry where each marker falls, for reports. */
  public static String eventsWithGcMarks(List<String> events, List<Integer> gcCollects) {
    return GcMarks.render(events, gcCollects);
  }

  /** The result of a judgement, as a runner without report entries (TestNG) hands it to reports. Never fails. */
  public static Result result(Judgement j, Traits traits, String message, GateResult gate) {
    try {
      return parseResult(resultJson(j, null, traits, message, gate));
    } catch (RuntimeException e) {
      return unreportableResult(j.scenarioId(), j.backend(), "its result could not be read back: " + e);
    }
  }

  /** The groups of a report, as a runner without report entries (TestNG) hands them to reports. */
  public static Groups groups(ScenarioReport report) {
    return parseGroups(groupsJson(report));
  }

  static String scenarioJson(Scenario s) {
    ScenarioInfo info = ScenarioInfo.of(s);
    ObjectNode n = EntryJson.object();
    n.put("id", info.id());
    n.put("family", info.family());
    n.put("title", info.title());
    n.put("description", info.description());
    strings(n.putArray("tags"), info.tags());
    strings(n.putArray("links"), info.links());
    strings(n.putArray("includes"), info.includes());
    n.put("source", info.source());
    n.put("file", info.file());
    return write(n);
  }

  /** Reads a {@link Constants#SCENARIO_ENTRY} value. */
  public static ScenarioInfo parseScenario(String json) {
    JsonNode n = read(json);
    return new ScenarioInfo(text(n, "id"), text(n, "family"), text(n, "title"), text(n, "description"),
        list(n.get("tags")), list(n.get("links")), list(n.get("includes")), text(n, "source"), text(n, "file"));
  }

  /**
   * The {@link Constants#RESULT_ENTRY} value of a judgement. Never fails: if the result cannot be written, the
   * value is an {@code error} result of the same (scenario, backend) saying why ({@link #unreportable}), so no
   * result is lost in transport.
   */
  static String resultJson(Judgement j, Stability stability, Traits traits, String message, GateResult gate) {
    try {
      return fullResultJson(j, stability, traits, message, gate);
    } catch (RuntimeException | OutOfMemoryError e) {
      return unreportable(j.scenarioId(), j.backend(), "its result could not be serialised: " + e);
    }
  }

  /**
   * An {@code error} result of status {@code crash} for a (scenario, backend) whose own result is missing or
   * unreadable; {@code why} becomes its message.
   */
  public static String unreportable(String scenario, String backend, String why) {
    ObjectNode n = EntryJson.object();
    n.put("scenario", scenario);
    n.put("backend", backend);
    n.put("verdict", "error");
    n.put("status", "crash");
    n.putNull("errorType");
    n.put("errorMessage", why);
    n.putArray("events");
    n.putNull("expected");
    n.putArray("shutdown");
    n.putNull("rule");
    n.put("reason", why);
    n.put("detail", "");
    n.put("message", scenario + " [" + backend + "]: " + why);
    return write(n);
  }

  /** A {@link Result} of {@link #unreportable}. */
  public static Result unreportableResult(String scenario, String backend, String why) {
    return parseResult(unreportable(scenario, backend, why));
  }

  private static String fullResultJson(Judgement j, Stability stability, Traits traits, String message,
      GateResult gate) {
    Outcome o = j.outcome();
    ObjectNode n = EntryJson.object();
    n.put("scenario", j.scenarioId());
    n.put("backend", j.backend());
    n.put("verdict", j.verdict().wireName());
    n.put("status", o.status().wireName());
    n.put("errorType", o.errorType());
    n.put("errorMessage", o.errorMessage());
    strings(n.putArray("events"), o.events());
    if (j.expectedEvents() == null) {
      n.putNull("expected");
    } else {
      strings(n.putArray("expected"), j.expectedEvents());
    }
    strings(n.putArray("shutdown"), o.shutdownEvents());
    n.put("rule", j.rule() == null ? null : j.rule().location() + " " + j.rule().describeWhen());
    n.put("reason", j.reason());
    n.put("diff", j.diff() == null ? null : j.diff().render());
    n.put("elapsedMillis", o.elapsed().toMillis());
    n.put("detail", o.detail());
    if (j.rule() != null && j.rule().isPartialOrder()) {
      ArrayNode checks = n.putArray("constraints");
      for (ConstraintResult c : j.constraints()) {
        checks.addObject().put("constraint", c.constraint()).put("met", c.met()).put("detail", c.detail());
      }
    }
    o.gcCollectReturns().forEach(n.putArray("gcCollects")::add);
    if (stability != null) {
      n.put("runs", stability.runs());
      n.put("unstable", stability.unstable());
      ArrayNode variants = n.putArray("outcomes");
      for (Stability.Variant v : stability.variants()) {
        ObjectNode vn = variants.addObject();
        vn.put("status", v.outcome().statusLine());
        strings(vn.putArray("events"), v.outcome().events());
        vn.put("count", v.count());
      }
    }
    ObjectNode t = n.putObject("traits");
    traits.asMap().forEach(t::put);
    if (j.diff() != null) {
      writeDiff(n.putObject("alignedDiff"), j.diff());
    }
    n.put("message", message);
    n.put("expectedEnd", j.rule() == null ? null : j.rule().status().wireName()
        + (j.rule().errorType() == null ? "" : ": " + j.rule().errorType()));
    if (gate != null) {
      writeGate(n.putObject("gate"), gate);
    }
    return write(n);
  }

  private static void writeGate(ObjectNode n, GateResult gate) {
    n.put("kind", gate.kind().wireName());
    n.put("why", gate.why());
    n.put("diff", gate.diff() == null ? null : gate.diff().render());
    BaselineEntry e = gate.entry();
    if (e != null) {
      ObjectNode en = n.putObject("entry");
      en.put("selector", e.selector());
      en.put("verdict", e.verdict());
      en.put("status", e.outcome().status().wireName());
      en.put("errorType", e.outcome().errorType());
      if (e.outcome().isPartialOrder()) {
        strings(en.putArray("broken"), e.outcome().broken());
      } else {
        strings(en.putArray("events"), e.outcome().events());
      }
      en.put("reason", e.reason());
      en.put("link", e.link());
    }
  }

  private static Gate readGate(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    JsonNode e = n.get("entry");
    KnownEntry entry = e == null || e.isNull() ? null : new KnownEntry(text(e, "selector"), text(e, "verdict"),
        text(e, "status"), text(e, "errorType"), list(e.get("events")), list(e.get("broken")), text(e, "reason"),
        text(e, "link"));
    return new Gate(text(n, "kind"), text(n, "why"), text(n, "diff"), entry);
  }

  private static void writeDiff(ObjectNode n, AlignedDiff d) {
    n.put("leftTitle", d.leftTitle());
    n.put("rightTitle", d.rightTitle());
    ArrayNode rows = n.putArray("rows");
    for (AlignedDiff.Row r : d.rows()) {
      rows.addObject().put("tag", r.tag().name()).put("left", r.left()).put("right", r.right());
    }
  }

  private static AlignedDiff readDiff(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    List<AlignedDiff.Row> rows = new ArrayList<>();
    for (JsonNode r : n.path("rows")) {
      rows.add(new AlignedDiff.Row(AlignedDiff.Tag.valueOf(r.path("tag").asText()), r.path("left").asText(),
          r.path("right").asText()));
    }
    return new AlignedDiff(text(n, "leftTitle"), text(n, "rightTitle"), rows);
  }

  /** A load error as read back from a {@link Constants#LOAD_ERRORS_ENTRY} entry; line and column 0 if unknown. */
  public record LoadError(String id, String file, int line, int column, String message) {
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line + ":" + Math.max(1, column) : "") + ": " + message;
    }
  }

  static String loadErrorsJson(List<io.lifeline.scenario.ScenarioError> errors) {
    ArrayNode a = EntryJson.array();
    for (io.lifeline.scenario.ScenarioError e : errors) {
      ObjectNode n = a.addObject();
      n.put("id", e.id());
      n.put("file", e.location().file().toString());
      n.put("line", e.location().line());
      n.put("column", e.location().column());
      n.put("message", e.message());
    }
    return write(a);
  }

  /** Reads a {@link Constants#LOAD_ERRORS_ENTRY} value. */
  public static List<LoadError> parseLoadErrors(String json) {
    List<LoadError> out = new ArrayList<>();
    for (JsonNode n : read(json)) {
      out.add(new LoadError(text(n, "id"), text(n, "file"), n.path("line").asInt(), n.path("column").asInt(),
          text(n, "message")));
    }
    return out;
  }

  static String groupsJson(ScenarioReport report) {
    ObjectNode n = EntryJson.object();
    ArrayNode groups = n.putArray("groups");
    for (OutcomeGroup g : report.groups()) {
      ObjectNode gn = groups.addObject();
      strings(gn.putArray("backends"), g.backends());
      gn.put("status", g.outcome().statusLine());
      strings(gn.putArray("events"), g.outcome().events());
    }
    ArrayNode diffs = n.putArray("diffs");
    for (AlignedDiff d : report.groupDiffs()) {
      diffs.add(d.render());
    }
    return write(n);
  }

  /** Reads a {@link Constants#RESULT_ENTRY} value. */
  public static Result parseResult(String json) {
    JsonNode n = read(json);
    return new Result(text(n, "scenario"), text(n, "backend"), text(n, "verdict"), text(n, "status"),
        text(n, "errorType"), text(n, "errorMessage"), list(n.get("events")), list(n.get("expected")),
        list(n.get("shutdown")), text(n, "rule"), text(n, "reason"), text(n, "diff"),
        n.path("elapsedMillis").asLong(), text(n, "detail"), checks(n.get("constraints")), ints(n.get("gcCollects")),
        n.hasNonNull("runs") ? n.get("runs").asInt() : null, n.path("unstable").asBoolean(false),
        variants(n.get("outcomes")), traitsOf(n.get("traits")), readDiff(n.get("alignedDiff")),
        n.path("message").asText(""), text(n, "expectedEnd"), readGate(n.get("gate")));
  }

  private static List<Check> checks(JsonNode array) {
    if (array == null || array.isNull()) {
      return null;
    }
    List<Check> out = new ArrayList<>();
    array.forEach(c -> out.add(new Check(text(c, "constraint"), c.path("met").asBoolean(), text(c, "detail"))));
    return out;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    if (array != null) {
      array.forEach(i -> out.add(i.asInt()));
    }
    return out;
  }

  private static List<Variant> variants(JsonNode array) {
    List<Variant> out = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> out.add(new Variant(text(v, "status"), list(v.get("events")), v.path("count").asInt())));
    }
    return out;
  }

  /** Reads a {@link Constants#GROUPS_ENTRY} value. */
  public static Groups parseGroups(String json) {
    JsonNode n = read(json);
    List<Group> groups = new ArrayList<>();
    for (JsonNode g : n.path("groups")) {
      groups.add(new Group(list(g.get("backends")), text(g, "status"), list(g.get("events"))));
    }
    List<String> diffs = new ArrayList<>();
    n.path("diffs").forEach(d -> diffs.add(d.asText()));
    return new Groups(groups, diffs);
  }

  private static Map<String, String> traitsOf(JsonNode n) {
    Map<String, String> out = new LinkedHashMap<>();
    if (n != null) {
      n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> list(JsonNode array) {
    if (array == null || array.isNull()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.asText()));
    return out;
  }

  /**
   * Writes and reads back a small entry, so that the JSON generator's and parser's classes are initialised; a
   * command calls it on a second thread while it sets itself up, since the listeners read every entry on the run's
   * thread. Has no effect other than time.
   */
  public static void warmUp() {
    ObjectNode n = EntryJson.object();
    n.put("backend", "warm-up").put("line", 1).put("stable", true).putNull("expected");
    n.putArray("events").add("a").add("b c");
    n.putObject("traits").put("impl", "cpython");
    read(write(n));
  }

  private static String write(JsonNode n) {
    return EntryJson.write(n);
  }

  private static JsonNode read(String json) {
    return EntryJson.read(json);
  }
}
