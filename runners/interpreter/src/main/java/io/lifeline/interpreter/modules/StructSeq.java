package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import java.util.List;

/**
 * A struct sequence type (Objects/structseq.c): a tuple subclass whose items are also read as named attributes and
 * whose repr names each field ({@code NAME(field=value, ...)}, NAME the type's full name). Compared, hashed and
 * released as a tuple: structseq_dealloc releases the items in order.
 */
final class StructSeq {
  private StructSeq() {}

  /** An immortal struct sequence type named {@code name} with {@code fields}, its items' names in order. */
  static PyType newType(Interp in, String name, List<String> fields) {
    PyType t = new PyType(in.types.type, name, in.types.tuple, new PyDict(null), false, PyType.Layout.BUILTIN);
    t.immortal = true;
    t.dict.immortal = true;
    t.slots.richcompare = null; // compared as a tuple (structseq has tuple's tp_richcompare)
    t.slots.getattr = (i, o, attr) -> {
      int index = fields.indexOf(attr);
      return index >= 0 ? i.heap.incref(((PyTuple) o).items[index]) : i.ops.genericGetattr(o, attr);
    };
    t.slots.repr = (i, o) -> {
      StringBuilder b = new StringBuilder(name).append('(');
      for (int f = 0; f < fields.size(); f++) {
        b.append(f == 0 ? "" : ", ").append(fields.get(f)).append('=').append(i.ops.reprOf(((PyTuple) o).items[f]));
      }
      return b.append(')').toString();
    };
    return t;
  }
}
