package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.GlobalCache;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyCell;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;

/**
 * Names (Python/ceval.c LOAD_FAST ... IMPORT_NAME): fast locals and cells, the locals/globals/builtins lookups of
 * LOAD_NAME and LOAD_GLOBAL with their inline caches, stores and deletes in a namespace dict, and imports. Lookups
 * return borrowed references; stores take the value's reference.
 */
final class Names extends VmPart {
  /** PyPy's import locks (null on a reference-counting model, where a dead lock leaves nothing behind). */
  private final ImportLocks importLocks;

  Names(Interp in) {
    super(in);
    importLocks = in.heap.tracer() != null ? new ImportLocks(in.heap.tracer()) : null;
  }

  PyObject loadFast(Frame f, int i) {
    PyObject v = f.localsplus[i];
    if (v == null) {
      throw unboundLocal(f, i);
    }
    return v;
  }

  PyException unboundLocal(Frame f, int i) {
    return in.error("UnboundLocalError", "cannot access local variable '" + f.code.localName(i)
        + "' where it is not associated with a value");
  }

  PyObject loadDeref(Frame f, int i) {
    PyObject v = ((PyCell) f.localsplus[i]).ref;
    if (v == null) {
      String n = f.code.localName(i);
      if (i >= f.code.nlocalsplus() - f.code.freevars.length) {
        throw in.error("NameError", "cannot access free variable '" + n
            + "' where it is not associated with a value in enclosing scope");
      }
      throw in.error("UnboundLocalError", "cannot access local variable '" + n
          + "' where it is not associated with a value");
    }
    return v;
  }

  /** DELETE_DEREF: the cell's value is released; an empty cell is an unbound name. */
  void deleteDeref(Frame f, int i) {
    PyCell cell = (PyCell) f.localsplus[i];
    PyObject old = loadDeref(f, i);
    cell.ref = null;
    heap.decref(old);
  }

  /** IMPORT_NAME: the level and fromlist are released (the model imports absolutely); pushes the module. */
  void importName(Frame f, String name) {
    PyObject fromlist = f.pop();
    PyObject level = f.pop();
    boolean leaf = !(fromlist instanceof io.lifeline.interpreter.object.PyNone);
    heap.decref(fromlist);
    heap.decref(level);
    f.push(name.indexOf('.') < 0 ? importModule(name) : importDotted(name, leaf));
  }

  /**
   * {@code import a.b}: each package first, each submodule bound as an attribute of its parent (importlib's
   * _find_and_load_unlocked); the top package, or the submodule itself with a fromlist.
   */
  private PyObject importDotted(String name, boolean leaf) {
    String[] parts = name.split("\\.");
    PyObject top = importModule(parts[0]);
    PyObject parent = heap.incref(top);
    String prefix = parts[0];
    for (int i = 1; i < parts.length; i++) {
      prefix += "." + parts[i];
      PyObject child;
      try {
        child = importModule(prefix);
      } catch (PyException e) {
        heap.decref(parent);
        heap.decref(top);
        throw e;
      }
      io.lifeline.interpreter.object.PyModule pm = (io.lifeline.interpreter.object.PyModule) parent;
      if (pm.dict().getStr(parts[i]) == null) {
        pm.dict().put(heap, in.key(parts[i]), heap.incref(child));
      }
      heap.decref(parent);
      parent = child;
    }
    if (leaf) {
      heap.decref(top);
      return parent;
    }
    heap.decref(parent);
    return top;
  }

  /** IMPORT_FROM: pushes the attribute of the module on top of the stack, which stays. */
  void importFrom(Frame f, String name) {
    PyObject v = in.ops.getattrOrNull(f.top(), name);
    if (v == null) {
      throw in.error("ImportError", "cannot import name '" + name + "'");
    }
    f.push(v);
  }

  /**
   * LOAD_NAME in a class body whose namespace is not an exact dict: PyObject_GetItem on it (a KeyError cleared
   * as a miss), then globals and builtins. Returns a new reference.
   */
  PyObject loadNameFromMapping(Frame f, PyStr name) {
    PyObject v;
    try {
      v = in.ops.getitem(f.mappingLocals, name);
    } catch (PyException e) {
      if (!e.value.type.isSubtypeOf(in.types.exception("KeyError"))) {
        throw e;
      }
      heap.decref(e.value);
      v = f.globals.get(name);
      if (v == null) {
        v = in.builtins.get(name);
      }
      if (v == null) {
        throw nameError(name);
      }
      heap.incref(v);
    }
    return v;
  }

  PyObject loadName(Frame f, PyStr name) {
    PyObject v = f.locals.get(name);
    if (v == null) {
      v = f.globals.get(name);
    }
    if (v == null) {
      v = in.builtins.get(name);
    }
    if (v == null) {
      throw nameError(name);
    }
    return v;
  }

  /**
   * LOAD_GLOBAL, or LOAD_NAME in a frame whose locals are its globals ({@code viaLocals}), through the
   * instruction's inline cache ({@link GlobalCache}); on a miss {@link #loadGlobal} or {@link #loadName} (which
   * looks in the same dict twice, as ceval does), refilling the cache. Returns a borrowed reference.
   */
  PyObject loadGlobalCached(Frame f, int pc, int arg, boolean viaLocals) {
    PyObject v = cachedGlobal(f.code.globalCaches[pc], f.globals, in.builtins);
    if (v != null) {
      return v;
    }
    PyStr name = f.code.nameKey(arg);
    v = viaLocals ? loadName(f, name) : loadGlobal(f, name);
    fillGlobalCache(f.code, pc, f.globals, in.builtins, name);
    return v;
  }

  /**
   * The borrowed value a globals-then-builtins lookup would find, if {@code c} still describes where the name
   * is in these dicts (same dicts, same keys versions); else null.
   */
  private static PyObject cachedGlobal(GlobalCache c, PyDict globals, PyDict builtins) {
    if (c == null || c.globals != globals || c.globalsKeys != globals.keysVersion()) {
      return null;
    }
    if (c.globalsAt >= 0) {
      return globals.valueAt(c.globalsAt);
    }
    if (c.builtins != builtins || c.builtinsKeys != builtins.keysVersion()) {
      return null;
    }
    return builtins.valueAt(c.builtinsAt);
  }

  /**
   * Records where {@code name} is now found in globals, else builtins; leaves the cache alone (stale by its
   * keys versions) if it is in neither or a dict to search has a key that is not a str.
   */
  private static void fillGlobalCache(PyCode code, int pc, PyDict globals, PyDict builtins, PyStr name) {
    int g = globals.strPosition(name);
    if (g == -2) {
      return;
    }
    int b = -1;
    if (g == -1) {
      b = builtins.strPosition(name);
      if (b < 0) {
        return;
      }
    }
    GlobalCache c = code.globalCaches[pc];
    if (c == null) {
      c = new GlobalCache();
      code.globalCaches[pc] = c;
    }
    c.globals = globals;
    c.globalsKeys = globals.keysVersion();
    c.globalsAt = g;
    c.builtins = builtins;
    c.builtinsKeys = builtins.keysVersion();
    c.builtinsAt = b;
  }

  /**
   * STORE_GLOBAL, or STORE_NAME in a frame whose locals are its globals: {@link #storeIn} the globals, replacing
   * the value at the cached entry position while the name is still there.
   */
  void storeGlobalCached(Frame f, int pc, int arg, PyObject v) {
    PyDict globals = f.globals;
    PyStr name = f.code.nameKey(arg);
    GlobalCache c = f.code.globalCaches[pc];
    if (c != null && c.globals == globals && c.globalsKeys == globals.keysVersion() && c.globalsAt >= 0) {
      globals.replaceAt(heap, c.globalsAt, name, heap.incref(v));
      heap.decref(v);
      return;
    }
    storeIn(globals, name, v);
    int g = globals.strPosition(name);
    if (g >= 0) {
      if (c == null) {
        c = new GlobalCache();
        f.code.globalCaches[pc] = c;
      }
      c.globals = globals;
      c.globalsKeys = globals.keysVersion();
      c.globalsAt = g;
    }
  }

  private PyObject loadGlobal(Frame f, PyStr name) {
    PyObject v = f.globals.get(name);
    if (v == null) {
      v = in.builtins.get(name);
    }
    if (v == null) {
      throw nameError(name);
    }
    return v;
  }

  /** A NameError, or a NotImplementedError if CPython 3.11 has a built-in of that name the model lacks. */
  private PyException nameError(PyStr name) {
    if (Unmodelled.isBuiltin(name.value)) {
      return in.unsupported("the built-in name " + name.value);
    }
    return in.error("NameError", "name '" + name.value + "' is not defined");
  }

  /** STORE_NAME/STORE_GLOBAL: PyDict_SetItem (new reference, old value released inside), then DECREF(v). */
  void storeIn(PyDict d, PyStr name, PyObject v) {
    d.put(heap, name, heap.incref(v));
    heap.decref(v);
  }

  /** STORE_NAME in a class body: the namespace dict, or PyObject_SetItem on a mapping; then DECREF(v). */
  void storeName(Frame f, PyStr name, PyObject v) {
    if (f.mappingLocals == null) {
      storeIn(f.locals, name, v);
      return;
    }
    try {
      in.ops.setitem(f.mappingLocals, name, v);
    } finally {
      heap.decref(v);
    }
  }

  /** DELETE_NAME: PyDict_DelItem or PyObject_DelItem on the locals; a failure is a NameError. */
  void deleteName(Frame f, PyStr name) {
    if (f.mappingLocals == null) {
      deleteIn(f.locals, name);
      return;
    }
    try {
      in.ops.delitem(f.mappingLocals, name);
    } catch (PyException e) {
      heap.decref(e.value);
      throw in.error("NameError", "name '" + name.value + "' is not defined");
    }
  }

  void deleteIn(PyDict d, PyStr name) {
    if (!d.remove(heap, name)) {
      throw in.error("NameError", "name '" + name.value + "' is not defined");
    }
  }

  private PyObject importModule(String name) {
    if (importLocks != null) {
      importLocks.importing(name);
    }
    io.lifeline.interpreter.object.PyModule m = in.modules.get(name);
    if (m == null) {
      m = in.importer.load(in, name);
    }
    if (m == null && Unmodelled.missingModule(name) != null) {
      throw in.unsupported(Unmodelled.missingModule(name));
    }
    if (m == null) {
      throw in.error("ModuleNotFoundError", "No module named '" + name + "'");
    }
    return heap.incref(m);
  }
}
