package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;
import java.util.Map;

/**
 * OSError's constructor picking the subclass its errno names (Objects/exceptions.c, OSError_new with
 * errnomap: {@code OSError(2, 'x')} is a FileNotFoundError), with Linux's errno values.
 */
final class OsErrors {
  private OsErrors() {}

  private static final Map<Long, String> BY_ERRNO = Map.ofEntries(
      Map.entry(1L, "PermissionError"), Map.entry(2L, "FileNotFoundError"), Map.entry(3L, "ProcessLookupError"),
      Map.entry(4L, "InterruptedError"), Map.entry(10L, "ChildProcessError"), Map.entry(11L, "BlockingIOError"),
      Map.entry(13L, "PermissionError"), Map.entry(17L, "FileExistsError"), Map.entry(20L, "NotADirectoryError"),
      Map.entry(21L, "IsADirectoryError"), Map.entry(32L, "BrokenPipeError"),
      Map.entry(103L, "ConnectionAbortedError"), Map.entry(104L, "ConnectionResetError"),
      Map.entry(108L, "BrokenPipeError"), Map.entry(110L, "TimeoutError"),
      Map.entry(111L, "ConnectionRefusedError"), Map.entry(114L, "BlockingIOError"),
      Map.entry(115L, "BlockingIOError"));

  /** The type an exception of type {@code t} made with {@code args} gets: OSError's errno subclass, else t. */
  static PyType subclassFor(Interp in, PyType t, PyObject[] args) {
    if (t != in.types.exception("OSError") || args.length < 2 || args.length > 5
        || !(args[0] instanceof PyInt n) || !n.isSmall()) {
      return t;
    }
    String name = BY_ERRNO.get(n.small);
    return name == null ? t : in.types.exception(name);
  }
}
