package io.lifeline.real;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compile error of the script file, read back from the interpreter's stderr.
 *
 * <p>Python compiles the whole file before running any of it, so when the program has a syntax error the
 * prelude never runs and no excepthook sees it: stderr is the only report. CPython and PyPy both end it with
 * {@code File "<path>", line N}, the source line, a caret line, and {@code SyntaxError: message} (or a subclass:
 * IndentationError, TabError).
 *
 * @param kind the exception class Python named: SyntaxError, IndentationError or TabError
 * @param message Python's message, with line numbers in it mapped to the program's numbering
 * @param line the program line (not the file line)
 */
record SyntaxErrorReport(String kind, String message, int line) {

  private static final Pattern ERROR_LINE = Pattern.compile("^(SyntaxError|IndentationError|TabError): (.*)$");
  private static final Pattern FILE_LINE = Pattern.compile("^\\s*File \"(.*)\", line (\\d+)");
  private static final Pattern LINE_REF = Pattern.compile("\\bline (\\d+)");

  /** Finds the last compile error in {@code stderr} that is located in {@code scriptName}. */
  static Optional<SyntaxErrorReport> parse(String stderr, String scriptName, ScriptFile script) {
    List<String> lines = stderr.lines().toList();
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher error = ERROR_LINE.matcher(lines.get(i));
      if (error.matches()) {
        return locate(lines, i, scriptName)
            .map(fileLine -> new SyntaxErrorReport(
                error.group(1), mapLineRefs(error.group(2), script), script.programLine(fileLine)));
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> locate(List<String> lines, int errorIndex, String scriptName) {
    for (int i = errorIndex - 1; i >= 0; i--) {
      Matcher file = FILE_LINE.matcher(lines.get(i));
      if (file.find()) {
        return file.group(1).endsWith(scriptName) ? Optional.of(Integer.parseInt(file.group(2))) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "... after 'if' statement on line 3" names a file line too; rewrite it in program numbering. */
  private static String mapLineRefs(String message, ScriptFile script) {
    Matcher m = LINE_REF.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, "line " + script.programLine(Integer.parseInt(m.group(1))));
    }
    return m.appendTail(sb).toString();
  }

  /** The outcome's message: Python's message and the program line, plus the subclass when it is not SyntaxError. */
  String outcomeMessage() {
    String where = "SyntaxError".equals(kind) ? "line " + line : kind + ", line " + line;
    return message + " (" + where + ")";
  }
}
