package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.vm.Interp;

/** {@code operator} (Modules/_operator.c): the operators as functions, those programs here use. */
public final class OperatorModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    function(in, m, "is_", (i, a, k) -> {
      Args.count(i, "is_", a, k, 2, 2);
      return i.types.bool(a[0] == a[1]);
    });
    function(in, m, "add", (i, a, k) -> {
      Args.count(i, "add", a, k, 2, 2);
      return i.ops.binaryOp(BinaryOp.ADD, a[0], a[1]);
    });
    function(in, m, "getitem", (i, a, k) -> {
      Args.count(i, "getitem", a, k, 2, 2);
      return i.ops.getitem(a[0], a[1]);
    });
    OperatorGetters.install(in, m);
  }
}
