package io.lifeline.fuzz;

import io.lifeline.scenario.Outcome;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a model's outcome first differs from its real interpreter's: the first event index at which they differ,
 * or, when the events agree, the end (status and error type). Messages, shutdown events and timing never count,
 * as in {@link Outcome#signature()}.
 *
 * @param index the first differing position in the event lists (the common length when one ends early)
 * @param model what the model has there: an event, or {@code <completed>}, {@code <error: KeyError>}...
 * @param real what the real interpreter has there
 */
public record Divergence(int index, String model, String real) {

  private static final Pattern LABEL = Pattern.compile("\\b([a-zA-Z]+)\\d+\\b");

  /** The divergence of {@code model} from {@code real}, or null when their signatures are equal. */
  public static Divergence between(Outcome model, Outcome real) {
    if (model.signature().equals(real.signature())) {
      return null;
    }
    List<String> m = model.events();
    List<String> r = real.events();
    int i = 0;
    while (i < m.size() && i < r.size() && m.get(i).equals(r.get(i))) {
      i++;
    }
    return new Divergence(i, i < m.size() ? m.get(i) : end(model), i < r.size() ? r.get(i) : end(real));
  }

  private static String end(Outcome o) {
    return "<" + o.status().wireName() + (o.errorType() == null ? "" : ": " + o.errorType()) + ">";
  }

  /**
   * The divergence with labels and generated names made anonymous ({@code del o12} becomes {@code del o#},
   * {@code enter f3} becomes {@code enter f#}): the shape of the first diverging event, which findings of
   * different programs can share.
   */
  public String shape() {
    return anonymous(model) + " | " + anonymous(real);
  }

  static String anonymous(String event) {
    return LABEL.matcher(event).replaceAll("$1#");
  }

  @Override
  public String toString() {
    return "event " + (index + 1) + ": model " + model + ", real " + real;
  }

  /**
   * Whether {@code other} diverges with the same events on both sides; the index may differ (shrinking removes
   * the events before).
   */
  boolean sameAs(Divergence other) {
    return other != null && Objects.equals(model, other.model) && Objects.equals(real, other.real);
  }
}
