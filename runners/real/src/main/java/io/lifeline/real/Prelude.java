package io.lifeline.real;

import java.nio.file.Path;

/**
 * The Python code that installs the event channel in a run, and the one-line forms of it that frame the
 * program in the script file.
 *
 * <p>The prelude line is {@code exec(compile(<code>, "<lifeline-prelude>", "exec"), {"__builtins__": __builtins__})}:
 * it runs in a throwaway namespace, so the program's globals gain no names, and it imports nothing new:
 * {@code sys}, {@code builtins} and {@code posix} are already in {@code sys.modules} at startup on CPython
 * 3.10-3.13 and PyPy 3.9 ({@code os} is too, but {@code posix} is built in everywhere), so no module is
 * loaded and no import garbage perturbs the program's gc results.
 *
 * <p>It installs:
 *
 * <ul>
 *   <li>{@code builtins.event(*parts)}: joins the parts' {@code str()} with one space and appends the line to the
 *       events file as an {@code E} record;
 *   <li>a {@code sys.excepthook} wrapper that appends the uncaught exception's {@code type(e).__name__} and
 *       {@code str(e)} as {@code X} and {@code M} records, then calls the original hook (so the traceback still
 *       reaches stderr);
 *   <li>{@code builtins.__lifeline_end__()}, the end marker the epilogue calls: a {@code Z} record.
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
          "def install(path):",
          "    import sys, builtins, posix",
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
          "    builtins.event = event",
          "    builtins." + END_MARKER + " = end",
          "    sys.excepthook = excepthook",
          "");

  private Prelude() {}

  /** The single prelude line (no newline) that installs the channel writing to {@code eventsFile}. */
  static String line(Path eventsFile) {
    String code = CODE + "install(" + PyLiteral.of(eventsFile.toString()) + ")\n";
    return "exec(compile(" + PyLiteral.of(code) + ", \"<lifeline-prelude>\", \"exec\"), {\"__builtins__\": __builtins__})";
  }

  /** The single epilogue line (no newline); it runs only if the program's body ran to its end. */
  static String epilogue() {
    return END_MARKER + "()";
  }
}
