package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;

/** {@code module} (Objects/moduleobject.c): attributes are the module's namespace. */
final class ModuleType {
  private ModuleType() {}

  static void install(Interp in) {
    Slots s = in.types.module.slots;
    s.repr = (i, o) -> {
      PyModule m = (PyModule) o;
      return "<module '" + m.name + "'" + (m == i.main ? "" : " (built-in)") + ">";
    };
    s.getattr = (i, o, name) -> i.heap.xincref(((PyModule) o).dict.getStr(name));
    s.setattr = (i, o, name, v) -> ((PyModule) o).dict.put(i.heap, i.key(name), i.heap.incref(v));
    s.delattr = (i, o, name) -> {
      if (!((PyModule) o).dict.remove(i.heap, i.key(name))) {
        throw i.error("AttributeError", "'" + o.type.name + "' object has no attribute '" + name + "'");
      }
    };
  }
}
