package io.lifeline.real;

import java.nio.file.Path;

/**
 * The Python code that installs the event channel in a run, and the one-line forms of it that frame the
 * program in the script file.
 *
 * <p>The prelude line is {@code exec(compile(<code>, "<lifeline-prelude>", "exec"), {"__builtins__": __builtins__})}:
 * it runs in a throwaway namespace, so the program's globals gain no names. {@code sys}, {@code builtins} and
 * {@code posix} are already in {@code sys.modules} at startup on CPython 3.10-3.13 and PyPy 3.9 ({@code os} is
 * too, but {@code posix} is built in everywhere); the one module it may load is the built-in {@code gc} (see the
 * {@code gc.collect} wrapper below), which leaves no garbage behind.
 *
 * <p>It installs:
 *
 * <ul>
 *   <li>{@code builtins.event(*parts)}: joins the parts' {@code str()} with one space and appends the line to the
 *       events file as an {@code E} record;
 *   <li>a {@code sys.excepthook} wrapper that appends the uncaught exception's {@code type(e).__name__} and
 *       {@code str(e)} as {@code X} and {@code M} records, then calls the original hook (so the traceback still
 *       reaches stderr);
 *   <li>{@code builtins.__lifeline_end__()}, the end marker the epilogue calls: a {@code Z} record;
 *   <li>a wrapper in place of {@code gc.collect} that calls the original with the same argument (or none), writes
 *       a {@code G} record once it has returned, and returns what it returned. {@code G} records are markers for
 *       {@code within: {gc: ...}} rules, never events. Events emitted during the collection (finalizers, weakref
 *       callbacks) are written before the marker. {@code gc} is not in {@code sys.modules} at startup on CPython
 *       3.10-3.13 (it is on PyPy), so the prelude imports it; it is a built-in module, and probes on CPython
 *       3.10-3.13 and PyPy 7.3.11 show the import leaves no garbage: a program's first {@code gc.collect()}
 *       returns 0 (None on PyPy) with and without it, and later counts are unchanged. The wrapper takes one
 *       optional argument with a sentinel default, so a call allocates nothing. What a program can still tell:
 *       {@code type(gc.collect)} is a Python function, {@code gc} is already imported, and a traceback through
 *       {@code gc.collect} shows the wrapper's frame. Collections the interpreter starts by itself (automatic,
 *       or at shutdown) do not go through the attribute and write no marker;
 *   <li>for a program that uses {@code lifeline_native} ({@link NativeBuild}), the directory of its build
 *       appended to {@code sys.path} ({@code -I} ignores {@code PYTHONPATH}); other programs' paths are untouched.
 * </ul>
 *
 * <p>Once the body has ended (end marker or error record), {@code event} is also bound in {@code __main__}'s
 * globals, unless the program bound that name itself. CPython's finalization restores the builtins dict to its
 * startup copy ({@code finalize_restore_builtins} in {@code Python/pylifecycle.c}) before the last reference to
 * {@code __main__}'s globals goes, so a global's {@code __del__} at exit would otherwise find no {@code event}.
 * The body never sees that name.
 *
 * <p>Everything the installed functions use at call time (write, fd, str, join, type) is captured in their
 * closures rather than looked up in module globals, because during interpreter shutdown, when finalizers and
 * atexit handlers may still call {@code event}, module dicts are being cleared. Each record is one
 * {@code os.write} of one line to a file opened with {@code O_APPEND}, so records from threads and forked
 * children never interleave within a line. Backslash and newline are escaped as {@code \\} and {@code \n};
 * lone surrogates are passed through and arrive as U+FFFD.
 */
final class Prelude {
  /** The end-marker function's name in builtins; a dunder, so programs listing their own names skip it. */
  static final String END_MARKER = "__lifeline_end__";

  private static final String CODE =
      String.join(
          "\n",
          "def install(path, native_dir):",
          "    import sys, builtins, posix, gc",
          "    if native_dir is not None:",
          "        sys.path.append(native_dir)",
          "    write = posix.write",
          "    fd = posix.open(path, posix.O_WRONLY | posix.O_CREAT | posix.O_APPEND, 0o600)",
          "    to_str = str",
          "    type_of = type",
          "    join = ' '.join",
          "    def record(kind, text):",
          "        line = kind + text.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n') + '\\n'",
          "        write(fd, line.encode('utf-8', 'surrogatepass'))",
          "    def event(*parts):",
          "        record('E ', join([to_str(part) for part in parts]))",
          "    main_globals = sys.modules['__main__'].__dict__",
          "    def outlive_builtins():",
          "        if 'event' not in main_globals:",
          "            main_globals['event'] = event",
          "    original = sys.excepthook",
          "    def excepthook(kind, value, tb):",
          "        try:",
          "            name = type_of(value).__name__",
          "            message = to_str(value)",
          "        except BaseException:",
          "            name, message = kind.__name__, '<unprintable>'",
          "        record('X ', name)",
          "        record('M ', message)",
          "        outlive_builtins()",
          "        original(kind, value, tb)",
          "    def end():",
          "        record('Z', '')",
          "        outlive_builtins()",
          "    real_collect = gc.collect",
          "    unset = object()",
          "    def collect(generation=unset):",
          "        found = real_collect() if generation is unset else real_collect(generation)",
          "        record('G', '')",
          "        return found",
          "    collect.__qualname__ = 'collect'",
          "    collect.__module__ = 'gc'",
          "    collect.__doc__ = real_collect.__doc__",
          "    gc.collect = collect",
          "    builtins.event = event",
          "    builtins." + END_MARKER + " = end",
          "    sys.excepthook = excepthook",
          "");

  private Prelude() {}

  /**
   * The single prelude line (no newline) that installs the channel writing to {@code eventsFile} and, when
   * {@code nativeDir} is not null, puts that directory at the end of {@code sys.path}.
   */
  static String line(Path eventsFile, Path nativeDir) {
    String dir = nativeDir == null ? "None" : PyLiteral.of(nativeDir.toString());
    String code = CODE + "install(" + PyLiteral.of(eventsFile.toString()) + ", " + dir + ")\n";
    return "exec(compile(" + PyLiteral.of(code) + ", \"<lifeline-prelude>\", \"exec\"), {\"__builtins__\": __builtins__})";
  }

  /** The single epilogue line (no newline); it runs only if the program's body ran to its end. */
  static String epilogue() {
    return END_MARKER + "()";
  }
}
