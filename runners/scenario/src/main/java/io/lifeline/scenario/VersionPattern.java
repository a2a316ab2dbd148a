package io.lifeline.scenario;

/**
 * A trait pattern over versions: a prefix ({@code "3.10"} accepts 3.10 and 3.10.13 but not 3.1 or 3.100) or a
 * comparison ({@code ">=3.11"}, {@code "<=3.12"}, {@code ">3.11"}, {@code "<3.12"}, {@code "!=3.12"}).
 *
 * <p>A comparison first cuts the actual version to as many components as the pattern has (padding a shorter
 * one with zeros), then compares: {@code ">3.11"} rejects 3.11.7 (cut to 3.11) but accepts 3.12.1, and
 * {@code "<3.12"} accepts 3.11.7. An actual value that is not a version (see {@link Version#parseLenient})
 * matches nothing.
 *
 * @param comparison how the actual version is tested against {@code version}
 * @param version the version written in the pattern
 * @param text the pattern as written
 */
public record VersionPattern(Comparison comparison, Version version, String text) implements TraitPattern {

  /** The tests a version pattern can make. {@code symbol} is how it is written before the version. */
  public enum Comparison {
    PREFIX(""),
    AT_LEAST(">="),
    AT_MOST("<="),
    GREATER(">"),
    LESS("<"),
    NOT_EQUAL("!=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    boolean accepts(int order) {
      return switch (this) {
        case PREFIX -> throw new IllegalStateException("PREFIX is not an order comparison");
        case AT_LEAST -> order >= 0;
        case AT_MOST -> order <= 0;
        case GREATER -> order > 0;
        case LESS -> order < 0;
        case NOT_EQUAL -> order != 0;
      };
    }
  }

  @Override
  public boolean matches(String actual) {
    return Version.parseLenient(actual).map(this::accepts).orElse(false);
  }

  private boolean accepts(Version actual) {
    if (comparison == Comparison.PREFIX) {
      return actual.startsWith(version);
    }
    return comparison.accepts(actual.truncate(version.size()).compareTo(version));
  }

  @Override
  public String toString() {
    return text;
  }
}
