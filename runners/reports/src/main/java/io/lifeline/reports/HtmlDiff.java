package io.lifeline.reports;

import static io.lifeline.reports.Html.escape;

import io.lifeline.junit.ResultEntries.Group;
import io.lifeline.junit.ResultEntries.Groups;
import io.lifeline.junit.ResultEntries.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * One (scenario, backend) result as HTML that reads at a glance: the actual events against the rule's (each list
 * ending with its status in angle brackets when the run did not end as the rule expects), then every
 * outcome group of the scenario side by side (this backend's group first), one column per group. Cells that
 * differ from the first column are highlighted; the first divergence is marked with ▶. In a run against a baseline,
 * a result it classifies (known, regression, fixed) starts with why, and a known failure whose outcome changed
 * with the recorded list against today's. Self-contained: inline
 * CSS, no script, no network. Used for Allure's diff attachment and for the matrix page's cell details.
 */
public final class HtmlDiff {
  private HtmlDiff() {}

  /** The style rules the fragments need, for a {@code <style>} element. */
  public static final String CSS = """
      .ll-diff{border-collapse:collapse;font:13px/1.35 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin:6px 0 14px}
      .ll-diff th{background:#eef1f5;text-align:left;padding:4px 10px;border:1px solid #d0d7de;font-weight:600;vertical-align:bottom}
      .ll-diff td{padding:2px 10px;border:1px solid #e4e8ec;white-space:pre}
      .ll-diff td.mark{border:none;color:#b42318;font-weight:700;padding:2px 4px;width:1.2em}
      .ll-diff td.differs{background:#ffe3e0;color:#7a1010;font-weight:600}
      .ll-diff td.absent{background:#f6f8fa;color:#aab}
      .ll-diff tr.first td{border-top:2px solid #b42318}
      .ll-diff tr.first td.mark{border-top:none}
      .ll-reason{font:13px/1.4 system-ui,sans-serif;margin:4px 0;color:#333}
      .ll-h{font:600 14px system-ui,sans-serif;margin:12px 0 2px}
      .ll-legend{font:12px system-ui,sans-serif;color:#555}
      """;

  /** A complete HTML document for one result: title, reason, both tables. */
  public static String page(String scenario, Result result, Groups groups) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(scenario + " [" + result.backend()
        + "]") + "</title><style>body{margin:12px;font-family:system-ui,sans-serif}" + CSS + "</style></head><body>"
        + "<div class=\"ll-h\">" + escape(scenario) + " [" + escape(result.backend()) + "]: "
        + escape(result.verdict()) + "</div>" + fragment(result, groups) + "</body></html>";
  }

  /** The reason and both tables, for embedding in a page that includes {@link #CSS}. */
  public static String fragment(Result result, Groups groups) {
    StringBuilder sb = new StringBuilder();
    if (result.gate() != null && !result.gate().kind().equals("none")) {
      sb.append("<p class=\"ll-reason ll-gate\"><b>").append(escape(result.gate().why())).append("</b></p>");
      if (result.gate().diff() != null) {
        sb.append("<pre class=\"ll-legend\">").append(escape(result.gate().diff())).append("</pre>");
      }
    }
    if (result.reason() != null && !result.reason().isBlank()) {
      sb.append("<p class=\"ll-reason\">").append(escape(result.reason())).append("</p>");
    }
    sb.append("<p class=\"ll-reason\">status: ").append(escape(result.status()))
        .append(result.errorType() == null ? "" : ": " + escape(result.errorType()))
        .append(result.errorMessage() == null || result.errorMessage().isEmpty() ? "" : ": "
            + escape(result.errorMessage()))
        .append("</p>");
    sb.append("<div class=\"ll-h\">Against the expectation</div>");
    if (result.expected() == null) {
      sb.append("<p class=\"ll-reason\">No rule matches this backend.</p>");
    } else {
      if (result.rule() != null) {
        sb.append("<p class=\"ll-legend\">rule: ").append(escape(result.rule())).append("</p>");
      }
      List<String> expected = new ArrayList<>(result.expected());
      List<String> actual = new ArrayList<>(result.events());
      if (result.expectedEnd() != null && !result.expectedEnd().equals(result.actualEnd())) {
        expected.add("<" + result.expectedEnd() + ">");
        actual.add("<" + result.actualEnd() + ">");
      }
      sb.append(table(Alignment.of(List.of(new Alignment.Column("expected", expected),
          new Alignment.Column(result.backend(), actual)))));
    }
    if (groups != null && !groups.groups().isEmpty()) {
      sb.append("<div class=\"ll-h\">Against the other backends (")
          .append(groups.groups().size() == 1 ? "all agree" : groups.groups().size() + " groups").append(")</div>");
      sb.append(table(groupAlignment(groups, result.backend())));
    }
    sb.append("<p class=\"ll-legend\">highlighted: differs from the first column; ▶ first divergence</p>");
    return sb.toString();
  }

  /**
   * The groups as columns, the group holding {@code backend} first; when the groups ended differently each column
   * ends with its status in angle brackets, so the table shows that too.
   */
  public static Alignment groupAlignment(Groups groups, String backend) {
    List<Group> ordered = new ArrayList<>(groups.groups());
    ordered.sort((a, b) -> Boolean.compare(!a.backends().contains(backend), !b.backends().contains(backend)));
    boolean sameEnd = ordered.stream().map(Group::status).distinct().count() == 1;
    List<Alignment.Column> columns = new ArrayList<>();
    for (Group g : ordered) {
      List<String> events = new ArrayList<>(g.events());
      if (!sameEnd) {
        events.add("<" + g.status() + ">");
      }
      columns.add(new Alignment.Column(String.join(", ", g.backends()), events));
    }
    return Alignment.of(columns);
  }

  /** One aligned table: a header of column titles, a row per aligned event. */
  public static String table(Alignment a) {
    StringBuilder sb = new StringBuilder("<table class=\"ll-diff\"><thead><tr><th></th>");
    for (String t : a.titles()) {
      sb.append("<th>").append(escape(t).replace(", ", ",<br>")).append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    int first = a.firstDivergence();
    for (int i = 0; i < a.rows().size(); i++) {
      Alignment.Row r = a.rows().get(i);
      sb.append(i == first ? "<tr class=\"first\" title=\"first divergence\">" : "<tr>");
      sb.append("<td class=\"mark\">").append(i == first ? "▶" : "").append("</td>");
      for (int c = 0; c < r.cells().size(); c++) {
        String cell = r.cells().get(c);
        String cls = cell == null ? "absent" : r.differs().get(c) ? "differs" : "";
        sb.append(cls.isEmpty() ? "<td>" : "<td class=\"" + cls + "\">");
        sb.append(cell == null ? "·" : escape(cell)).append("</td>");
      }
      sb.append("</tr>");
    }
    if (a.rows().isEmpty()) {
      sb.append("<tr><td class=\"mark\"></td><td colspan=\"").append(a.titles().size())
          .append("\" class=\"absent\">(no events)</td></tr>");
    }
    return sb.append("</tbody></table>").toString();
  }
}
