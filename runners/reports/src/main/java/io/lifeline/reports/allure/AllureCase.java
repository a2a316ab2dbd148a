package io.lifeline.reports.allure;

import io.lifeline.junit.ResultEntries.Groups;
import io.lifeline.junit.ResultEntries.Result;
import io.lifeline.junit.ResultEntries.ScenarioInfo;
import io.lifeline.reports.HtmlDiff;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * What lifeline adds to the Allure test result of one (scenario, backend) pair, whichever listener started it
 * (Allure's JUnit Platform listener or its TestNG listener): the name {@code scenario[backend]}, a stable history
 * id, the family as feature and the scenario as story (and as suites), the tags, the links, the backend as a
 * parameter, and the attachments: Python source, actual events, expected rule, the HTML diff, the run's detail.
 * Applies to the lifecycle's current test case, so it must be called on the thread running that test.
 */
public final class AllureCase {
  private AllureCase() {}

  /** The names of the attachments, in the order they are added. */
  public static final String SOURCE = "Python source";
  public static final String EVENTS = "Actual events";
  public static final String RULE = "Expected rule";
  public static final String DIFF = "Diff against the expectation and the other backends";
  public static final String DETAIL = "Run detail";

  private static final Set<String> OWNED_LABELS = Set.of("feature", "story", "epic", "parentSuite", "suite",
      "subSuite");

  /** Updates the current test case of {@code lifecycle} with {@code result}; {@code info} and {@code groups} may be null. */
  public static void apply(AllureLifecycle lifecycle, ScenarioInfo info, Result result, Groups groups) {
    String scenario = result.scenario();
    String family = info != null ? info.family() : scenario.contains("/")
        ? scenario.substring(0, scenario.indexOf('/')) : "";
    lifecycle.updateTestCase(tr -> describe(tr, info, result, family));
    for (Attachment a : attachments(info, result, groups)) {
      lifecycle.addAttachment(a.name(), a.type(), a.extension(), a.content().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void describe(TestResult tr, ScenarioInfo info, Result result, String family) {
    String scenario = result.scenario();
    tr.setName(scenario + "[" + result.backend() + "]");
    tr.setFullName("lifeline." + scenario + "[" + result.backend() + "]");
    tr.setHistoryId(HistoryIds.of(scenario, result.backend()));
    tr.setTestCaseId(HistoryIds.of(scenario, result.backend()));
    tr.getLabels().removeIf(l -> OWNED_LABELS.contains(l.getName()));
    List<Label> labels = tr.getLabels();
    labels.add(ResultsUtils.createEpicLabel("lifeline"));
    labels.add(ResultsUtils.createFeatureLabel(family));
    labels.add(ResultsUtils.createStoryLabel(scenario));
    labels.add(ResultsUtils.createParentSuiteLabel("lifeline"));
    labels.add(ResultsUtils.createSuiteLabel(family));
    labels.add(ResultsUtils.createSubSuiteLabel(scenario));
    if (info != null) {
      for (String tag : info.tags()) {
        boolean present = labels.stream().anyMatch(l -> "tag".equals(l.getName()) && tag.equals(l.getValue()));
        if (!present) {
          labels.add(ResultsUtils.createTagLabel(tag));
        }
      }
      info.links().forEach(l -> tr.getLinks().add(Links.of(l)));
      String description = info.title() + (info.description() == null || info.description().isBlank()
          ? "" : "\n\n" + info.description());
      tr.setDescription(description);
    }
    baseline(tr, result);
    boolean hasBackend = tr.getParameters().stream().anyMatch(p -> "backend".equals(p.getName()));
    if (!hasBackend) {
      tr.getParameters().add(new Parameter().setName("backend").setValue(result.backend()));
    }
  }

  /**
   * Against a baseline, a known failure is flagged as a known issue and a fix carries its message, so Allure's
   * categories ("Known failure (baseline)", "Fixed since the baseline") find them even when the test passed; a
   * regression's message is its failure's, which the runner already leads with the regression.
   */
  private static void baseline(TestResult tr, Result result) {
    if (result.gate() == null) {
      return;
    }
    switch (result.gate().kind()) {
      case "known" -> tr.setStatusDetails(new StatusDetails().setKnown(true).setMessage(result.message()));
      case "fixed" -> tr.setStatusDetails(new StatusDetails().setMessage(result.message()));
      default -> { }
    }
  }

  /** One attachment: a name, a MIME type, a file extension and its text. */
  public record Attachment(String name, String type, String extension, String content) {}

  /** The attachments of a result, in order. */
  public static List<Attachment> attachments(ScenarioInfo info, Result result, Groups groups) {
    List<Attachment> out = new java.util.ArrayList<>();
    if (info != null) {
      out.add(new Attachment(SOURCE, "text/x-python", ".py", source(info)));
    }
    out.add(new Attachment(EVENTS, "text/plain", ".txt", events(result)));
    out.add(new Attachment(RULE, "text/plain", ".txt", rule(result)));
    out.add(new Attachment(DIFF, "text/html", ".html", HtmlDiff.page(result.scenario(), result, groups)));
    if (result.detail() != null && !result.detail().isBlank()) {
      out.add(new Attachment(DETAIL, "text/plain", ".txt", result.detail()));
    }
    return out;
  }

  private static String source(ScenarioInfo info) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(info.id()).append(": ").append(info.title()).append('\n');
    sb.append("# ").append(info.file()).append('\n');
    if (!info.includes().isEmpty()) {
      sb.append("# runs after the includes: ").append(String.join(", ", info.includes())).append('\n');
    }
    return sb.append(info.source()).toString();
  }

  private static String events(Result r) {
    StringBuilder sb = new StringBuilder();
    r.events().forEach(e -> sb.append(e).append('\n'));
    if (r.events().isEmpty()) {
      sb.append("(no events)\n");
    }
    sb.append("\nstatus: ").append(r.status());
    if (r.errorType() != null) {
      sb.append(": ").append(r.errorType());
    }
    if (r.errorMessage() != null && !r.errorMessage().isEmpty()) {
      sb.append(": ").append(r.errorMessage());
    }
    sb.append('\n');
    if (r.shutdown() != null && !r.shutdown().isEmpty()) {
      sb.append("shutdown events (not compared):\n");
      r.shutdown().forEach(e -> sb.append("  ").append(e).append('\n'));
    }
    sb.append("elapsed: ").append(r.elapsedMillis()).append(" ms\n");
    return sb.toString();
  }

  private static String rule(Result r) {
    if (r.expected() == null) {
      return "no rule matches this backend: " + (r.reason() == null ? "" : r.reason()) + "\n";
    }
    StringBuilder sb = new StringBuilder();
    sb.append("rule: ").append(r.rule()).append('\n');
    sb.append("expected events:\n");
    r.expected().forEach(e -> sb.append("  ").append(e).append('\n'));
    if (r.expected().isEmpty()) {
      sb.append("  (none)\n");
    }
    sb.append("verdict: ").append(r.verdict());
    if (r.reason() != null && !r.reason().isBlank()) {
      sb.append(": ").append(r.reason());
    }
    return sb.append('\n').toString();
  }
}
