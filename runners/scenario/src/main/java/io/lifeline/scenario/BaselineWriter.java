package io.lifeline.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes a {@link Baseline} as the YAML that {@link BaselineReader} reads: one block per entry in the baseline's
 * order, keys in a fixed order, one event per line (so a changed event is a one-line diff), scalars plain where
 * YAML reads them back as the same string and double-quoted otherwise. The same baseline always gives the same
 * text.
 */
public final class BaselineWriter {
  private BaselineWriter() {}

  /** Plain scalars that YAML reads back as the same string. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.()/+:-]*(?: [A-Za-z0-9_.()/+:-]+)*");
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

  /**
   * The text of {@code baseline}; {@code schemaRef}, when not null, is the path of {@code baseline.schema.json}
   * relative to the file, named in the first line for editors.
   */
  public static String render(Baseline baseline, String schemaRef) {
    StringBuilder sb = new StringBuilder();
    if (schemaRef != null) {
      sb.append("# yaml-language-server: $schema=").append(schemaRef).append('\n');
    }
    sb.append("# Known results: lifeline run --baseline fails only on a result not listed here, or listed with"
        + " another\n# outcome. lifeline run --write-baseline rewrites it, keeping reasons and links.\n");
    if (baseline.entries().isEmpty()) {
      return sb.append("known: []\n").toString();
    }
    sb.append("known:\n");
    for (BaselineEntry e : baseline.entries()) {
      entry(sb, e);
    }
    return sb.toString();
  }

  private static void entry(StringBuilder sb, BaselineEntry e) {
    sb.append("  - scenario: ").append(scalar(e.scenario())).append('\n');
    if (e.backend() != null) {
      sb.append("    backend: ").append(scalar(e.backend())).append('\n');
    } else {
      sb.append("    when:\n");
      Map<String, List<TraitPattern>> sorted = new TreeMap<>(e.when().conditions());
      sorted.forEach((trait, patterns) -> sb.append("      ").append(scalar(trait)).append(": ")
          .append(patterns.size() == 1 ? scalar(patterns.get(0).toString()) : flow(patterns)).append('\n'));
    }
    sb.append("    verdict: ").append(e.verdict()).append('\n');
    KnownOutcome o = e.outcome();
    sb.append("    status: ").append(o.status().wireName()).append('\n');
    if (o.errorType() != null) {
      sb.append("    errorType: ").append(scalar(o.errorType())).append('\n');
    }
    list(sb, o.isPartialOrder() ? "broken" : "events", o.compared());
    if (e.reason() != null) {
      sb.append("    reason: ").append(scalar(e.reason())).append('\n');
    }
    if (e.link() != null) {
      sb.append("    link: ").append(scalar(e.link())).append('\n');
    }
  }

  private static void list(StringBuilder sb, String key, List<String> items) {
    if (items.isEmpty()) {
      sb.append("    ").append(key).append(": []\n");
      return;
    }
    sb.append("    ").append(key).append(":\n");
    items.forEach(i -> sb.append("      - ").append(scalar(i)).append('\n'));
  }

  private static String flow(List<TraitPattern> patterns) {
    return "[" + String.join(", ", patterns.stream().map(p -> scalar(p.toString())).toList()) + "]";
  }

  /** The string as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
  static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !s.contains(": ") && !s.endsWith(":") && !KEYWORDS.contains(s.toLowerCase(java.util.Locale.ROOT))) {
      return s;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
