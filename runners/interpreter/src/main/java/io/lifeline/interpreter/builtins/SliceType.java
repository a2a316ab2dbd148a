package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.Slots;

/** {@code slice} (Objects/sliceobject.c): repr and the start, stop and step members. */
final class SliceType {
  static final Slots.Table<PySlice> SLOTS = Slots.of(PySlice.class)
      .repr((i, sl) -> "slice(" + i.ops.reprOf(sl.start) + ", " + i.ops.reprOf(sl.stop) + ", "
          + i.ops.reprOf(sl.step) + ")")
      .getattr((i, sl, name) -> switch (name) {
        case "start" -> i.heap.incref(sl.start);
        case "stop" -> i.heap.incref(sl.stop);
        case "step" -> i.heap.incref(sl.step);
        default -> i.ops.genericGetattr(sl, name);
      });

  private SliceType() {}
}
