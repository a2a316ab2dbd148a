package io.lifeline.reports.allure;

import io.qameta.allure.model.Link;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario's {@code links} entry as an Allure link: URLs as they are; {@code bpo-NNNN}, {@code gh-NNNN} (CPython
 * issues) and {@code PEP NNN} resolved to their pages; anything else kept as a name without a URL.
 */
final class Links {
  private Links() {}

  private static final Pattern BPO = Pattern.compile("(?i)bpo-?(\\d+)");
  private static final Pattern GH = Pattern.compile("(?i)(?:gh-|cpython#)(\\d+)");
  private static final Pattern PEP = Pattern.compile("(?i)pep[ -]?(\\d+)");

  static Link of(String text) {
    String t = text.trim();
    if (t.startsWith("http://") || t.startsWith("https://")) {
      return link(t, t, "link");
    }
    Matcher m = BPO.matcher(t);
    if (m.matches()) {
      return link(t, "https://bugs.python.org/issue" + m.group(1), "issue");
    }
    m = GH.matcher(t);
    if (m.matches()) {
      return link(t, "https://github.com/python/cpython/issues/" + m.group(1), "issue");
    }
    m = PEP.matcher(t);
    if (m.matches()) {
      return link(t, String.format("https://peps.python.org/pep-%04d/", Integer.parseInt(m.group(1))), "link");
    }
    return new Link().setName(t).setType("link");
  }

  private static Link link(String name, String url, String type) {
    return new Link().setName(name).setUrl(url).setType(type);
  }
}
