package io.lifeline.reports;

import static io.lifeline.reports.Html.escape;

import io.lifeline.junit.ResultEntries.Groups;
import io.lifeline.junit.ResultEntries.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The conformance matrix as one self-contained HTML page (inline CSS and script, nothing fetched): a row per
 * scenario, grouped by family; a column per backend in {@link MatrixColumns} order; a cell per verdict (pass,
 * fail, hang, error, skip, unsupported) that shows the {@link HtmlDiff} of that (scenario, backend) when clicked;
 * and a summary row with each backend's pass rate over the cases it was judged on (skips and programs the model
 * could not run left out, the latter counted apart). In a run against a baseline, a known failure's cell says
 * {@code known} (muted, with the entry's reason as its tooltip), a regression's cell is marked {@code new}, and a
 * listed result that now passes says {@code fixed}, so known failures stand apart from new ones.
 */
public final class MatrixPage {
  private MatrixPage() {}

  /**
   * What the page shows.
   *
   * @param backends the backends of the run
   * @param results one per (scenario, backend) that ran
   * @param groups each scenario's outcome groups, by scenario id
   * @param titles each scenario's title, by scenario id (may lack some)
   */
  public record Input(List<MatrixColumns.Backend> backends, List<Result> results, Map<String, Groups> groups,
      Map<String, String> titles) {}

  /** The cell word of a result: hang wins over the verdict, since a hang is what a reader must see. */
  public static String cellOf(Result r) {
    if ("hang".equals(r.status()) && !"pass".equals(r.verdict()) && !"skip".equals(r.verdict())) {
      return "hang";
    }
    return r.verdict();
  }

  /** The page. */
  public static String render(Input in) {
    List<MatrixColumns.Backend> columns = MatrixColumns.order(in.backends());
    Map<String, Map<String, Result>> byScenario = new TreeMap<>();
    for (Result r : in.results()) {
      byScenario.computeIfAbsent(r.scenario(), k -> new LinkedHashMap<>()).put(r.backend(), r);
    }
    Map<String, Map<String, Map<String, Result>>> byFamily = new TreeMap<>();
    byScenario.forEach((id, row) -> byFamily.computeIfAbsent(family(id), k -> new TreeMap<>()).put(id, row));

    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width\"><title>lifeline conformance matrix</title>")
        .append("<style>").append(PAGE_CSS).append(HtmlDiff.CSS).append("</style></head><body>");
    sb.append("<h1>lifeline conformance matrix</h1>");
    appendLegend(sb, in);
    sb.append("<div class=\"layout\"><table id=\"matrix\"><thead><tr><th class=\"scen\">scenario</th>");
    for (MatrixColumns.Backend b : columns) {
      sb.append("<th class=\"be ").append(b.isReal() ? "real" : "model").append("\" title=\"")
          .append(escape(b.traits().toString())).append("\">").append(escape(b.name())).append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    int cellId = 0;
    StringBuilder details = new StringBuilder();
    for (var family : byFamily.entrySet()) {
      sb.append("<tr class=\"family\"><th colspan=\"").append(columns.size() + 1).append("\">")
          .append(escape(family.getKey().isEmpty() ? "(no family)" : family.getKey())).append("</th></tr>");
      for (var scenario : family.getValue().entrySet()) {
        String id = scenario.getKey();
        sb.append("<tr><th class=\"scen\" title=\"").append(escape(in.titles().getOrDefault(id, ""))).append("\">")
            .append(escape(id.substring(id.indexOf('/') + 1)));
        Groups g = in.groups().get(id);
        if (g != null && g.groups().size() > 1) {
          sb.append(" <span class=\"div\" title=\"backends disagree: ").append(g.groups().size())
              .append(" outcome groups\">◆ ").append(g.groups().size()).append(" groups</span>");
        }
        sb.append("</th>");
        for (MatrixColumns.Backend b : columns) {
          Result r = scenario.getValue().get(b.name());
          if (r == null) {
            sb.append("<td class=\"c none\">–</td>");
            continue;
          }
          String cell = cellOf(r);
          String mark = baselineMark(r);
          String detailId = "d" + cellId++;
          sb.append("<td class=\"c ").append(cell).append(mark.isEmpty() ? "" : " " + mark)
              .append("\" data-detail=\"").append(detailId)
              .append("\" data-scenario=\"").append(escape(id)).append("\" data-backend=\"")
              .append(escape(b.name())).append("\"")
              .append(mark.isEmpty() ? "" : " title=\"" + escape(r.gate().why()) + "\"")
              .append(" tabindex=\"0\">").append(cellText(cell, mark)).append("</td>");
          details.append("<template id=\"").append(detailId).append("\"><div class=\"ll-h\">")
              .append(escape(id)).append(" [").append(escape(b.name())).append("]: ").append(cell).append("</div>")
              .append(HtmlDiff.fragment(r, in.groups().get(id))).append("</template>");
        }
        sb.append("</tr>");
      }
    }
    appendPassRates(sb, in, columns);
    sb.append("<section id=\"detail\" hidden></section></div>");
    sb.append(details);
    sb.append("<script>").append(SCRIPT).append("</script></body></html>");
    return sb.toString();
  }

  /** The colour legend, and the baseline marks when any result was judged against a baseline. */
  private static void appendLegend(StringBuilder sb, Input in) {
    sb.append("<p class=\"legend\"><span class=\"c pass\">pass</span> <span class=\"c fail\">fail</span> ")
        .append("<span class=\"c hang\">hang</span> <span class=\"c error\">error</span> ")
        .append("<span class=\"c skip\">skip</span> <span class=\"c unsupported\">unsupported</span>")
        .append(" (the model cannot run the program) — <span class=\"div\">◆ N groups</span>: backends disagree")
        .append(" — click a cell for its diff");
    if (in.results().stream().anyMatch(r -> r.gate() != null)) {
      sb.append("<br>against the baseline: <span class=\"c fail known\">known fail</span> a failure it lists"
          + " (with this outcome) — <span class=\"c fail regression\">fail <b>new</b></span> a regression — "
          + "<span class=\"c pass fixed\">fixed</span> listed, but passes now");
    }
    sb.append("</p>");
  }

  /** The footer row: each backend's pass rate over the results it was judged on (not skipped or unsupported). */
  private static void appendPassRates(StringBuilder sb, Input in, List<MatrixColumns.Backend> columns) {
    sb.append("</tbody><tfoot><tr><th class=\"scen\">passed</th>");
    for (MatrixColumns.Backend b : columns) {
      long judged = in.results().stream().filter(r -> r.backend().equals(b.name())
          && !"skip".equals(r.verdict()) && !"unsupported".equals(r.verdict())).count();
      long passed = in.results().stream()
          .filter(r -> r.backend().equals(b.name()) && "pass".equals(r.verdict())).count();
      long unsupported = in.results().stream()
          .filter(r -> r.backend().equals(b.name()) && "unsupported".equals(r.verdict())).count();
      sb.append("<td class=\"sum\">").append(judged == 0 ? "–" : Math.round(100.0 * passed / judged) + "%")
          .append("<br><small>").append(passed).append('/').append(judged).append("</small>");
      if (unsupported > 0) {
        sb.append("<br><small class=\"unsup\">").append(unsupported).append(" unsupported</small>");
      }
      sb.append("</td>");
    }
    sb.append("</tr></tfoot></table>");
  }

  /** {@code known}, {@code regression} or {@code fixed} for a result judged against a baseline; else empty. */
  static String baselineMark(Result r) {
    if (r.gate() == null) {
      return "";
    }
    return switch (r.gate().kind()) {
      case "known", "regression", "fixed" -> r.gate().kind();
      default -> "";
    };
  }

  private static String cellText(String cell, String mark) {
    return switch (mark) {
      case "known" -> "known " + cell;
      case "regression" -> cell + " <b>new</b>";
      case "fixed" -> "fixed";
      default -> cell;
    };
  }

  private static String family(String id) {
    int slash = id.indexOf('/');
    return slash < 0 ? "" : id.substring(0, slash);
  }

  private static final String PAGE_CSS = """
      body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:16px;color:#1f2328}
      h1{font-size:18px;margin:0 0 6px}
      .legend{margin:0 0 10px;color:#555}
      .layout{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
      #matrix{border-collapse:collapse}
      #matrix th,#matrix td{border:1px solid #d0d7de;padding:3px 8px}
      #matrix thead th.be{font-size:12px;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;padding:8px 3px;background:#f6f8fa}
      #matrix thead th.be.real{background:#e8f0fe}
      #matrix th.scen{text-align:left;font-weight:500;white-space:nowrap}
      #matrix tr.family th{background:#eef1f5;text-align:left;font-weight:700}
      .c{text-align:center;font-size:12px;font-weight:600;cursor:pointer;min-width:44px}
      span.c{display:inline-block;padding:1px 6px;border-radius:3px;cursor:default}
      .c.pass{background:#dafbe1;color:#116329}
      .c.fail{background:#ffd8d3;color:#a40e26}
      .c.hang{background:#ffe7b3;color:#7a4d00}
      .c.error{background:#f3d3f5;color:#7d1f8a}
      .c.skip{background:#eaeef2;color:#57606a}
      .c.unsupported{background:#fff;color:#57606a;border:1px dashed #8c959f}
      small.unsup{color:#57606a;font-weight:400}
      .c.none{color:#aaa;cursor:default}
      .c.known{background:repeating-linear-gradient(135deg,#f6f8fa 0 4px,#ffeceb 4px 8px);color:#8c959f;font-weight:400}
      .c.regression{outline:2px solid #cf222e;outline-offset:-2px}
      .c.regression b{font-size:10px;text-transform:uppercase}
      .c.fixed{background:#dafbe1;color:#116329;border:1px dashed #1a7f37}
      td.c.selected{outline:3px solid #0969da;outline-offset:-3px}
      span.div{font-size:11px;color:#8250df;font-weight:600;margin-left:6px}
      td.sum{text-align:center;font-weight:700;background:#f6f8fa}
      #detail{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;max-width:100%;overflow:auto;background:#fff}
      """;

  private static final String SCRIPT = """
      (function(){
        var detail=document.getElementById('detail');
        function show(td){
          var t=document.getElementById(td.dataset.detail);
          if(!t){return;}
          document.querySelectorAll('td.selected').forEach(function(e){e.classList.remove('selected');});
          td.classList.add('selected');
          detail.innerHTML='';
          detail.appendChild(t.content.cloneNode(true));
          detail.hidden=false;
        }
        document.querySelectorAll('td[data-detail]').forEach(function(td){
          td.addEventListener('click',function(){show(td);});
          td.addEventListener('keydown',function(e){if(e.key==='Enter'){show(td);}});
        });
      })();
      """;
}
