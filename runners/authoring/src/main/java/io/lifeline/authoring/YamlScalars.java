package io.lifeline.authoring;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes strings as YAML flow scalars the way a person would: plain when YAML reads the plain text back as that
 * same string, single-quoted otherwise, double-quoted (with escapes) only for characters single quotes cannot
 * hold. Numbers and YAML 1.1 booleans and nulls ({@code 1}, {@code yes}, {@code null}) are quoted, so no reader
 * takes them for anything but text.
 */
final class YamlScalars {
  private YamlScalars() {}

  /** Letters, digits and a few safe punctuation marks, words separated by single spaces, not starting with a digit. */
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z_(][A-Za-z0-9_.()/=+\\-]*(?: [A-Za-z0-9_.()/=+\\-]+)*");

  private static final Set<String> RESERVED = Set.of(
      "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf");

  /** The scalar as it should be written in a flow sequence or mapping. */
  static String flow(String value) {
    if (PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
      return value;
    }
    return quoted(value);
  }

  /** Always quoted: single quotes unless the value holds a control character. */
  static String quoted(String value) {
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028
        || c == 0x2029)) {
      return doubleQuoted(value);
    }
    return "'" + value.replace("'", "''") + "'";
  }

  /** A flow sequence of plain-when-possible scalars: {@code [a, 'b: c']}. */
  static String flowList(List<String> values) {
    return "[" + String.join(", ", values.stream().map(YamlScalars::flow).toList()) + "]";
  }

  private static String doubleQuoted(String value) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
