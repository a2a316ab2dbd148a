package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import java.util.List;

/**
 * {@code sys.version_info} (a structseq: a tuple subclass whose fields are also attributes) and {@code sys.version},
 * as the interpreter each model models reports them (probed: CPython 3.10.13, 3.11.7, 3.12.1, 3.13.0 under pyenv;
 * Debian's PyPy 7.3.11, Python 3.9.16; PyPy 7.3.18 taken as its Python 3.10.16).
 */
final class SysVersion {
  private SysVersion() {}

  private static final List<String> FIELDS = List.of("major", "minor", "micro", "releaselevel", "serial");

  static void install(Interp in, PyModule m) {
    int minor = ItertoolsModule.minorVersion(in);
    boolean pypy = in.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING;
    int micro = pypy ? 16 : switch (minor) {
      case 10 -> 13;
      case 11 -> 7;
      case 12 -> 1;
      default -> 0;
    };
    PyType t = StructSeq.newType(in, "sys.version_info", FIELDS);
    PyObject[] items = {in.newInt(3), in.newInt(minor), in.newInt(micro), in.newStr("final"), in.newInt(0)};
    PyTuple info = in.heap.register(new PyTuple(t, items));
    NativeModule.put(in, m, "version_info", info);
    String number = "3." + minor + "." + micro;
    String version = pypy
        ? number + (minor == 9 ? " (7.3.11+dfsg-2+deb12u3, Dec 30 2024, 22:36:23)\n[PyPy 7.3.11 with GCC 12.2.0]"
            : " (7.3.18, Jan 01 2025, 00:00:00)\n[PyPy 7.3.18 with GCC 12.2.0]")
        : number + " (main, May  9 2026, 07:34:36) [GCC 12.2.0]";
    NativeModule.put(in, m, "version", in.newStr(version));
  }
}
