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

  /** slice.indices(length) (slice_indices): (start, stop, step) adjusted to a sequence of that length. */
  static void install(io.lifeline.interpreter.vm.Interp in) {
    Methods.method(in, in.types.slice, "indices", (i, a, k) -> {
      Args.count(i, "indices", a, k, 2, 2);
      int n = (int) Math.min(Integer.MAX_VALUE, io.lifeline.interpreter.vm.Indices.requireIndex(i, a[1]).longValue());
      if (n < 0) {
        throw i.error("ValueError", "length should not be negative");
      }
      PySlice sl = (PySlice) a[0];
      long step = io.lifeline.interpreter.vm.Indices.sliceStep(i, sl);
      if (step == 0) {
        throw i.error("ValueError", "slice step cannot be zero");
      }
      long start = step > 0 ? io.lifeline.interpreter.vm.Indices.clampIndex(i, sl.start, n, 0, 0, n)
          : io.lifeline.interpreter.vm.Indices.clampIndex(i, sl.start, n, n - 1, -1, n - 1);
      long stop = step > 0 ? io.lifeline.interpreter.vm.Indices.clampIndex(i, sl.stop, n, n, 0, n)
          : io.lifeline.interpreter.vm.Indices.clampIndex(i, sl.stop, n, -1, -1, n - 1);
      return i.newTuple(i.newInt(start), i.newInt(stop), i.newInt(step));
    });
  }
}
