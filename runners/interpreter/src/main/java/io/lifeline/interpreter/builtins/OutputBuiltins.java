package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Builtins.*;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyRange;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import io.lifeline.scenario.EventLimits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The builtins that write: {@code event} (the scenarios' ordered events) and {@code print}. */
final class OutputBuiltins {
  private OutputBuiltins() {}

  static void install(Interp in) {
    fn(in, "event", (i, a, k) -> {
      // The parts are measured before they are joined, so an event beyond the limit is never built.
      List<String> parts = new ArrayList<>();
      long bytes = 0;
      for (int x = 0; x < Args.positional(a, k); x++) {
        String part = i.ops.strOf(a[x]);
        parts.add(part);
        bytes += (x > 0 ? 1 : 0) + EventLimits.utf8Length(part);
      }
      i.checkEvent(bytes);
      i.event(String.join(" ", parts));
      return i.none();
    });
    ((io.lifeline.interpreter.object.PyNativeFunction) in.builtins.getStr("event")).releasesArgsLastFirst = true;
    fn(in, "print", (i, a, k) -> {
      PyObject sepObj = Args.keyword(a, k, "sep");
      PyObject endObj = Args.keyword(a, k, "end");
      PyObject file = Args.keyword(a, k, "file");
      String sep = sepObj instanceof PyStr s ? s.value : " ";
      String end = endObj instanceof PyStr s ? s.value : "\n";
      StringBuilder sb = new StringBuilder();
      for (int x = 0; x < Args.positional(a, k); x++) {
        sb.append(x > 0 ? sep : "").append(i.ops.strOf(a[x]));
      }
      StdStreams.print(i, file, sb.append(end).toString());
      return i.none();
    });
  }
}
