package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyRange;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Indices;
import io.lifeline.interpreter.vm.Interp;

/** {@code range} (Objects/rangeobject.c): its slots; its iterator holds no reference to the range. */
final class RangeType {
  private RangeType() {}

  static void install(Interp in) {
    Slots s = in.types.range.slots;
    s.truthy = (i, o) -> ((PyRange) o).length() > 0;
    s.len = (i, o) -> ((PyRange) o).length();
    s.iter = (i, o) -> {
      PyRange r = (PyRange) o;
      PyIterator it = i.heap.register(new PyIterator(i.types.iterator, null));
      it.next = r.start;
      it.step = r.step;
      it.remaining = r.length();
      return it;
    };
    s.repr = (i, o) -> o.toString();
    s.getitem = (i, o, k) -> {
      PyRange r = (PyRange) o;
      int x = Indices.index(i, k, (int) r.length(), "range object");
      return i.newInt(r.start + x * r.step);
    };
  }
}
