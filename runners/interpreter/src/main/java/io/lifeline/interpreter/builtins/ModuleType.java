package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.Slots;

/** {@code module} (Objects/moduleobject.c): attributes are the module's namespace. */
final class ModuleType {
  static final Slots.Table<PyModule> SLOTS = Slots.of(PyModule.class)
      .repr((i, m) -> "<module '" + m.name + "'" + (m == i.main ? "" : " (built-in)") + ">")
      .getattr((i, m, name) -> i.heap.xincref(m.dict().getStr(name)))
      .setattr((i, m, name, v) -> m.dict().put(i.heap, i.key(name), i.heap.incref(v)))
      .delattr((i, m, name) -> {
        if (!m.dict().remove(i.heap, i.key(name))) {
          throw i.error("AttributeError", "'" + m.type.name + "' object has no attribute '" + name + "'");
        }
      });

  private ModuleType() {}
}
