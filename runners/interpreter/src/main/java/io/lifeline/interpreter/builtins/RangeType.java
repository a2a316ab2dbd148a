package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyRange;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Indices;
import io.lifeline.interpreter.vm.Interp;

/** {@code range} (Objects/rangeobject.c): its slots; its iterator holds no reference to the range. */
final class RangeType {
  static final Slots.Table<PyRange> SLOTS = Slots.of(PyRange.class)
      .truthy((i, r) -> r.length() > 0)
      .len((i, r) -> r.length())
      .iter(RangeType::iter)
      .repr((i, r) -> r.toString())
      .getitem((i, r, k) -> {
        int x = Indices.index(i, k, (int) r.length(), "range object");
        return i.newInt(r.start + x * r.step);
      });

  private RangeType() {}

  private static PyObject iter(Interp in, PyRange r) {
    PyIterator it = in.heap.register(new PyIterator(IteratorNames.range(in), null));
    it.next = r.start;
    it.step = r.step;
    it.remaining = r.length();
    return it;
  }
}
