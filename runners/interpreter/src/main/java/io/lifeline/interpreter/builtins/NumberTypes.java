package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyBool;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.Slots;

/**
 * The slots of {@code int}, {@code bool}, {@code float} and {@code NoneType} outside arithmetic (which {@code
 * vm.Arith} and the number protocol handle): truth and repr. {@code bool} takes the rest of int's.
 */
final class NumberTypes {
  static final Slots.Table<PyInt> INT = Slots.of(PyInt.class)
      .truthy((x, n) -> n.isSmall() ? n.small != 0 : n.big.signum() != 0)
      .repr((x, n) -> n.toString())
      .getattr((i, n, name) -> switch (name) {
        // int_real/int_get_numerator: int(self) (a bool's is the plain int); imag 0 and denominator 1
        case "real", "numerator" -> n instanceof PyBool ? i.newInt(n.toBig()) : i.heap.incref(n);
        case "imag" -> i.newInt(0);
        case "denominator" -> i.newInt(1);
        default -> i.ops.genericGetattr(n, name);
      });
  static final Slots.Table<PyBool> BOOL = Slots.of(PyBool.class).truthy((x, b) -> b.value());
  static final Slots.Table<PyFloat> FLOAT = Slots.of(PyFloat.class)
      .truthy((x, f) -> f.value != 0)
      .repr((x, f) -> f.toString())
      .getattr((i, f, name) -> switch (name) {
        case "real" -> i.heap.incref(f);
        case "imag" -> i.newFloat(0.0);
        default -> i.ops.genericGetattr(f, name);
      });
  static final Slots.Table<PyNone> NONE = Slots.of(PyNone.class)
      .truthy((x, o) -> false)
      .repr((x, o) -> o.toString());

  private NumberTypes() {}
}
