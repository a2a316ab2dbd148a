package io.lifeline.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A picocli getter and setter over one field, given as two lambdas, for options built with picocli's builders:
 * reading {@code @Option} annotations by reflection (and the proxy classes the JDK generates for them) was a sixth
 * of a one-scenario {@code lifeline run}, so the commands on that path describe their options this way.
 *
 * @param <V> the field's type (boxed)
 */
final class Binding<V> implements IGetter, ISetter {
  private final Supplier<V> get;
  private final Consumer<V> set;

  private Binding(Supplier<V> get, Consumer<V> set) {
    this.get = get;
    this.set = set;
  }

  /** The field {@code get} reads and {@code set} writes. */
  static <V> Binding<V> of(Supplier<V> get, Consumer<V> set) {
    return new Binding<>(get, set);
  }

  /**
   * An option of {@code type} with these names, reading and writing its value through {@code get} and {@code set};
   * its initial value, which picocli restores before each parse, is the field's value now (as for an annotated field).
   */
  static <V> OptionSpec.Builder option(Class<?> type, Supplier<V> get, Consumer<V> set, String... names) {
    Binding<V> binding = of(get, set);
    return OptionSpec.builder(names).type(type).getter(binding).setter(binding).initialValue(get.get());
  }

  /** A repeatable option, each value converted to {@code element}, collected in the list field. */
  static <E> OptionSpec.Builder list(Class<E> element, Supplier<java.util.List<E>> get,
      Consumer<java.util.List<E>> set, String... names) {
    return option(java.util.List.class, get, set, names).auxiliaryTypes(element);
  }

  /** A boolean flag: present means true. */
  static OptionSpec.Builder flag(Supplier<Boolean> get, Consumer<Boolean> set, String... names) {
    return option(boolean.class, get, set, names);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get() {
    return (T) get.get();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T set(T value) {
    V old = get.get();
    set.accept((V) value);
    return (T) old;
  }
}
