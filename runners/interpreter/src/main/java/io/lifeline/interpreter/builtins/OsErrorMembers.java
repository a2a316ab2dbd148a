package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.vm.Interp;

/**
 * OSError's members (Objects/exceptions.c, oserror_parse_args and OSError_str): made with 2 to 5 arguments, an
 * OSError's {@code errno}, {@code strerror}, {@code filename} and {@code filename2} are its arguments 0, 1, 2 and
 * 4, its {@code args} only the first two, and its str {@code [Errno N] text: 'file'}. Attributes the program sets
 * live in the instance dict and are found before these.
 */
final class OsErrorMembers {
  private OsErrorMembers() {}

  private static boolean parsed(Interp in, PyBaseException e) {
    return e.type.isSubtypeOf(in.types.exception("OSError")) && e.args != null && e.args.size() >= 2
        && e.args.size() <= 5;
  }

  /** errno, strerror, filename or filename2 of an OSError (new reference); null for other names and types. */
  static PyObject member(Interp in, PyBaseException e, String name) {
    int at = switch (name) {
      case "errno" -> 0;
      case "strerror" -> 1;
      case "filename" -> 2;
      case "filename2" -> 4;
      default -> -1;
    };
    if (at < 0 || !e.type.isSubtypeOf(in.types.exception("OSError"))) {
      return null;
    }
    boolean set = parsed(in, e) && at < e.args.size() && (at != 4 || e.args.size() == 5);
    return in.heap.incref(set ? e.args.items[at] : in.none());
  }

  /** The exception's {@code args} (new reference): an OSError with a file name shows only errno and strerror. */
  static PyTuple args(Interp in, PyBaseException e) {
    if (e.args == null) {
      return in.heap.incref(in.newTuple());
    }
    if (!parsed(in, e) || e.args.size() == 2) {
      return in.heap.incref(e.args);
    }
    return in.newTuple(in.heap.incref(e.args.items[0]), in.heap.incref(e.args.items[1]));
  }

  /** OSError_str's text, or null when the exception is no OSError made with 2 to 5 arguments. */
  static String str(Interp in, PyBaseException e) {
    if (!parsed(in, e)) {
      return null;
    }
    String head = "[Errno " + in.ops.strOf(e.args.items[0]) + "] " + in.ops.strOf(e.args.items[1]);
    if (e.args.size() < 3 || e.args.items[2] == in.none()) {
      return head;
    }
    String file = head + ": " + in.ops.reprOf(e.args.items[2]);
    return e.args.size() == 5 && e.args.items[4] != in.none() ? file + " -> " + in.ops.reprOf(e.args.items[4]) : file;
  }
}
