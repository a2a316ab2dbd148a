package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;

/** {@code slice} (Objects/sliceobject.c): repr and the start, stop and step members. */
final class SliceType {
  private SliceType() {}

  static void install(Interp in) {
    Slots s = in.types.slice.slots;
    s.repr = (i, o) -> {
      PySlice sl = (PySlice) o;
      return "slice(" + i.ops.reprOf(sl.start) + ", " + i.ops.reprOf(sl.stop) + ", " + i.ops.reprOf(sl.step) + ")";
    };
    s.getattr = (i, o, name) -> {
      PySlice sl = (PySlice) o;
      return switch (name) {
        case "start" -> i.heap.incref(sl.start);
        case "stop" -> i.heap.incref(sl.stop);
        case "step" -> i.heap.incref(sl.step);
        default -> i.ops.genericGetattr(o, name);
      };
    };
  }
}
