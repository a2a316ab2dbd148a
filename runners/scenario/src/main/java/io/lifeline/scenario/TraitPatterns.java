package io.lifeline.scenario;

import java.util.List;

/** Parses the values written in a rule's {@code when} into {@link TraitPattern}s. */
public final class TraitPatterns {

  /** Longest symbols first, so ">=3.11" is not read as ">" followed by "=3.11". */
  private static final List<VersionPattern.Comparison> BY_SYMBOL_LENGTH =
      List.of(
          VersionPattern.Comparison.AT_LEAST,
          VersionPattern.Comparison.AT_MOST,
          VersionPattern.Comparison.NOT_EQUAL,
          VersionPattern.Comparison.GREATER,
          VersionPattern.Comparison.LESS);

  private TraitPatterns() {}

  /**
   * Reads one value: a comparison ({@code ">=3.11"}; spaces after the operator are allowed) becomes a
   * {@link VersionPattern} comparison, a bare version ({@code "3.10"}) a {@link VersionPattern} prefix, anything
   * else a {@link ValuePattern}. Throws IllegalArgumentException, with a message for the scenario's author,
   * for a value that starts like a comparison (with {@code < > = !}) but is not one ({@code "==3.10"},
   * {@code ">=3.x"}, {@code "!3.12"}).
   */
  public static TraitPattern parse(String text) {
    for (VersionPattern.Comparison c : BY_SYMBOL_LENGTH) {
      if (text.startsWith(c.symbol())) {
        return comparison(c, text);
      }
    }
    if (text.startsWith("=")) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a comparison: write '" + text.replaceFirst("^=+\\s*", "")
              + "' to match that version (and its patch releases), or use >=, <=, >, <, !=");
    }
    if (text.startsWith("!")) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a comparison: write '!=" + text.substring(1).strip() + "' to exclude a version");
    }
    if (Version.isVersion(text)) {
      return new VersionPattern(VersionPattern.Comparison.PREFIX, Version.parse(text), text);
    }
    return new ValuePattern(text);
  }

  private static TraitPattern comparison(VersionPattern.Comparison c, String text) {
    String operand = text.substring(c.symbol().length()).strip();
    if (!Version.isVersion(operand)) {
      throw new IllegalArgumentException(
          "'" + text + "' compares with '" + c.symbol() + "' but '" + operand
              + "' is not a version (digits separated by dots, e.g. 3.11)");
    }
    return new VersionPattern(c, Version.parse(operand), text);
  }
}
