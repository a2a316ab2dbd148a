package io.lifeline.real;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The file an interpreter runs: one prelude line, the program, one epilogue line.
 *
 * <p>The prelude goes on line 1, except after a leading block of {@code from __future__ import} statements,
 * which Python only accepts at the top of a file (after blank lines, comments and a docstring). Program lines
 * before the prelude keep their numbers; later lines are shifted down by one, which {@link #programLine} undoes.
 *
 * @param text the whole file, ending with a newline
 * @param preludeLine the 1-based file line holding the prelude
 * @param programLines the number of lines of the program
 */
record ScriptFile(String text, int preludeLine, int programLines) {

  private static final Pattern FUTURE = Pattern.compile("from\\s+__future__\\s+import\\b.*");
  private static final Pattern DOCSTRING_START = Pattern.compile("(?i)[rub]*(\"\"\"|'''|\"|').*");

  static ScriptFile build(String program, Path eventsFile) {
    return build(program, eventsFile, null);
  }

  /** The script for {@code program}, with {@code nativeDir} (or null) on {@code sys.path} ({@link Prelude#line}). */
  static ScriptFile build(String program, Path eventsFile, Path nativeDir) {
    List<String> lines = program.isEmpty() ? List.of() : List.of(program.split("\r\n|\n|\r", -1));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines = lines.subList(0, lines.size() - 1);
    }
    int insertAt = futureBlockEnd(lines);
    List<String> out = new ArrayList<>(lines.size() + 2);
    out.addAll(lines.subList(0, insertAt));
    out.add(Prelude.line(eventsFile, nativeDir));
    out.addAll(lines.subList(insertAt, lines.size()));
    out.add(Prelude.epilogue());
    return new ScriptFile(String.join("\n", out) + "\n", insertAt + 1, lines.size());
  }

  /**
   * Maps a line of the script file back to the program's own numbering. The epilogue maps to the line after
   * the program's last, which is where Python reports an unclosed bracket at the end of the program.
   */
  int programLine(int fileLine) {
    return fileLine > preludeLine ? fileLine - 1 : fileLine;
  }

  /**
   * The number of leading lines that must stay above the prelude: 0 unless the program starts (after blank
   * lines, comments and a docstring) with {@code from __future__ import} statements, then the index just past the
   * last of them.
   */
  private static int futureBlockEnd(List<String> lines) {
    int end = 0;
    int i = 0;
    boolean statementSeen = false;
    while (i < lines.size()) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        i++;
      } else if (FUTURE.matcher(line).matches()) {
        i = statementEnd(lines, i, line.contains("(") && !line.contains(")") ? ")" : null);
        end = i;
        statementSeen = true;
      } else if (!statementSeen && DOCSTRING_START.matcher(line).matches()) {
        String quote = line.replaceFirst("(?i)^[rub]*", "").substring(0, 1);
        String triple = quote.repeat(3);
        boolean isTriple = line.replaceFirst("(?i)^[rub]*", "").startsWith(triple);
        boolean closedHere = isTriple && line.replaceFirst("(?i)^[rub]*", "").substring(3).contains(triple);
        i = statementEnd(lines, i, isTriple && !closedHere ? triple : null);
        statementSeen = true;
      } else {
        break;
      }
    }
    return end;
  }

  /** The index just past the statement starting at {@code start}, which runs on until a line containing {@code closer}. */
  private static int statementEnd(List<String> lines, int start, String closer) {
    if (closer == null) {
      return start + 1;
    }
    for (int j = start + 1; j < lines.size(); j++) {
      if (lines.get(j).contains(closer)) {
        return j + 1;
      }
    }
    return lines.size();
  }
}
