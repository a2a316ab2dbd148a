package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table of the models' importable modules (CPython's {@code _PyImport_Inittab}, Lua's {@code loadedlibs}):
 * every resource {@value #TABLE} on the class path, one row a module, {@code NAME SOURCE} where SOURCE is a
 * {@link NativeModule} class (a simple name is in this package) or a {@code .py} file beside this class. A test
 * class path adds its own table (src/test/resources) the same way. A module is built on its first import only, so a
 * run that imports nothing pays for nothing.
 */
public final class ModuleRegistry {
  /** The table's resource path. */
  public static final String TABLE = "io/lifeline/interpreter/modules/modules.table";

  private static final Map<String, String> ROWS = load();

  private ModuleRegistry() {}

  /** The registered module names in table order, with their sources. */
  public static Map<String, String> rows() {
    return Collections.unmodifiableMap(ROWS);
  }

  /**
   * The module {@code name}, built and added to {@code sys.modules} now: a native module runs its exec, a Python
   * one its source. Null when the table has no such row. A failing build leaves no module behind.
   */
  public static PyModule load(Interp in, String name) {
    String source = ROWS.get(name);
    if (source == null) {
      return null;
    }
    return source.endsWith(".py") ? runSource(in, name, source) : runNative(in, name, source);
  }

  private static PyModule runNative(Interp in, String name, String className) {
    NativeModule impl = instantiate(className.contains(".") ? className
        : ModuleRegistry.class.getPackageName() + "." + className);
    PyModule m = in.newModule(name);
    m.immortal = true;
    m.dict().immortal = true;
    in.modules.put(name, m);
    try {
      impl.exec(in, m);
    } catch (PyException e) {
      in.modules.remove(name);
      throw e;
    }
    return m;
  }

  private static NativeModule instantiate(String className) {
    try {
      return (NativeModule) Class.forName(className).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("module table: " + className + " is not a NativeModule class", e);
    }
  }

  /** Compiles and runs a Python-source module on first import, like CPython's pure-Python stdlib modules. */
  private static PyModule runSource(Interp in, String name, String file) {
    PyModule m = in.newModule(name);
    in.modules.put(name, m);
    NativeModule.runPythonHalf(in, m, file);
    return m;
  }

  /** Reads every table on the class path; a name in two tables is a build mistake. */
  private static Map<String, String> load() {
    Map<String, String> rows = new LinkedHashMap<>();
    try {
      Enumeration<URL> tables = ModuleRegistry.class.getClassLoader().getResources(TABLE);
      while (tables.hasMoreElements()) {
        URL table = tables.nextElement();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(table.openStream(), StandardCharsets.UTF_8))) {
          r.lines().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).forEach(l -> {
            String[] cols = l.split("\\s+");
            if (cols.length != 2 || rows.putIfAbsent(cols[0], cols[1]) != null) {
              throw new IllegalStateException("module table " + table + ": bad or repeated row '" + l + "'");
            }
          });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
