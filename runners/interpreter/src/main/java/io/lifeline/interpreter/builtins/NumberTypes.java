package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyBool;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;

/**
 * The slots of {@code int}, {@code bool}, {@code float} and {@code NoneType} outside arithmetic (which {@code
 * vm.Arith} and the number protocol handle): truth and repr.
 */
final class NumberTypes {
  private NumberTypes() {}

  static void install(Interp in) {
    Slots i = in.types.intType.slots;
    i.truthy = (x, o) -> {
      PyInt n = (PyInt) o;
      return n.isSmall() ? n.small != 0 : n.big.signum() != 0;
    };
    i.repr = (x, o) -> o.toString();
    Slots b = in.types.boolType.slots;
    b.truthy = (x, o) -> ((PyBool) o).value();
    b.inheritFrom(i);
    Slots f = in.types.floatType.slots;
    f.truthy = (x, o) -> ((PyFloat) o).value != 0;
    f.repr = (x, o) -> o.toString();
    Slots none = in.types.noneType.slots;
    none.truthy = (x, o) -> false;
    none.repr = (x, o) -> o.toString();
  }
}
