package io.lifeline.interpreter.vm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names real CPython 3.11 defines and the model may lack: its built-ins and its standard-library
 * modules, and the attributes of its built-in types. Looking one up where the model has none is a located NotImplementedError naming it, not the
 * NameError or ModuleNotFoundError that CPython would never raise (issue 3: nothing is silently
 * approximated). The lists are CPython 3.11.7's {@code dir(builtins)}, {@code sys.stdlib_module_names} and
 * {@code dir(T)} of the types in {@code builtins} and {@code types}.
 */
public final class Unmodelled {
  private Unmodelled() {}

  private static final Set<String> BUILTINS = load("cpython311_builtins.txt");
  private static final Set<String> STDLIB_MODULES = load("cpython311_stdlib_modules.txt");
  private static final Set<String> TYPE_ATTRIBUTES = load("cpython311_type_attributes.txt");

  /** True if {@code name} is a built-in of CPython 3.11 (the caller has found no such name in the model). */
  static boolean isBuiltin(String name) {
    return BUILTINS.contains(name);
  }

  /** True if CPython 3.11's built-in type named {@code type} has the attribute (method) {@code name}. */
  static boolean isTypeAttribute(String type, String name) {
    return TYPE_ATTRIBUTES.contains(type + "." + name);
  }

  /**
   * True if {@code name} is one of the attributes every instance of a class has in CPython 3.11 whose meaning the
   * model does not keep ({@code __class__}, {@code __dict__}): storing or deleting either, or reading
   * {@code __dict__}, must not fall through to an ordinary instance attribute. (Reading {@code __class__} is
   * modelled and answered before any lookup.)
   */
  public static boolean isInstanceAttribute(String name) {
    return name.equals("__class__") || name.equals("__dict__");
  }

  /** True if the top-level package of {@code module} is in CPython 3.11's standard library. */
  static boolean isStdlibModule(String module) {
    int dot = module.indexOf('.');
    return STDLIB_MODULES.contains(dot < 0 ? module : module.substring(0, dot));
  }

  /**
   * What the model lacks when {@code module} is not found, or null if it is just missing (then the program gets
   * CPython's ModuleNotFoundError): a standard-library module.
   */
  static String missingModule(String module) {
    return isStdlibModule(module) ? "import of the standard-library module " + module : null;
  }

  private static Set<String> load(String resource) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Unmodelled.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
