package io.lifeline.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Where the {@code expect:} entry of a scenario file sits in its text, by line, so that tools can replace it and
 * leave every other byte of the file as written ({@code lifeline bless}). Lines are 1-based; an end line is
 * exclusive. The block runs from the line of the {@code expect} key to the next top-level key (or the end of the
 * file), less the blank and comment lines just before that key, which belong to what follows.
 *
 * @param keyLine the line of the {@code expect} key
 * @param endLine the first line after the block
 * @param ruleLines the first line of each rule, in order; empty when the rules are not in block style (a rule
 *     does not start a line of its own), so they cannot be cut out one by one
 */
public record ExpectBlock(int keyLine, int endLine, List<Integer> ruleLines) {

  public ExpectBlock {
    ruleLines = List.copyOf(ruleLines);
  }

  /**
   * Locates the block in a scenario file's text; empty when the file has no {@code expect} key, is not a mapping,
   * or is not readable YAML.
   */
  public static Optional<ExpectBlock> locate(String text) {
    Diagnostics ignored = new Diagnostics(Path.of("-"), "-");
    Optional<YamlTree> parsed = YamlTreeReader.read(text, ignored);
    if (parsed.isEmpty() || !parsed.get().root().isObject() || !parsed.get().root().has("expect")) {
      return Optional.empty();
    }
    YamlTree tree = parsed.get();
    String[] lines = text.split("\r?\n", -1);
    int keyLine = tree.keyAt("/expect").line();
    int next = lines.length + 1;
    for (Iterator<String> keys = tree.root().fieldNames(); keys.hasNext(); ) {
      int line = tree.keyAt(YamlTree.child("", keys.next())).line();
      if (line > keyLine && line < next) {
        next = line;
      }
    }
    int end = next;
    while (end - 1 > keyLine && isBlankOrComment(lines[end - 2])) {
      end--;
    }
    return Optional.of(new ExpectBlock(keyLine, end, ruleLines(tree, lines, keyLine)));
  }

  /** A rule's first line, when each rule's {@code -} is the first thing on a line below the key. */
  private static List<Integer> ruleLines(YamlTree tree, String[] lines, int keyLine) {
    JsonNode expect = tree.node("/expect");
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < expect.size() && expect.isArray(); i++) {
      SourceLocation at = tree.valueAt(YamlTree.child("/expect", i));
      String line = at.line() >= 1 && at.line() <= lines.length ? lines[at.line() - 1] : "";
      String before = line.substring(0, Math.min(line.length(), Math.max(0, at.column() - 1))).strip();
      if (at.line() <= keyLine || !before.equals("-")) {
        return List.of();
      }
      starts.add(at.line());
    }
    return starts;
  }

  private static boolean isBlankOrComment(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  /**
   * The text of rule {@code index}: from its first line up to the next rule's (or the block's end), less trailing
   * blank and comment lines. Empty when the rules are not in block style.
   */
  public Optional<String> ruleText(String text, int index) {
    if (index >= ruleLines.size()) {
      return Optional.empty();
    }
    String[] lines = text.split("\r?\n", -1);
    int from = ruleLines.get(index);
    int to = index + 1 < ruleLines.size() ? ruleLines.get(index + 1) : endLine;
    while (to - 1 > from && isBlankOrComment(lines[to - 2])) {
      to--;
    }
    StringBuilder sb = new StringBuilder();
    for (int line = from; line < to; line++) {
      sb.append(lines[line - 1]).append('\n');
    }
    return Optional.of(sb.toString());
  }
}
