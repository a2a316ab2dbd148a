package io.lifeline.interpreter.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Translates a Python {@code re} pattern (Lib/re/_parser.py's syntax, str patterns only) into a
 * {@code java.util.regex} pattern with the same matches: named groups become plain groups whose names this side
 * keeps (Java's names allow no underscore), {@code (?P=n)} and {@code \N} become numbered back references,
 * {@code \Z} is {@code \z}, verbose whitespace and comments are dropped here (Java's COMMENTS mode would also drop
 * them inside classes), a brace that is no repeat is a literal, and {@code \d\w\s\b} are Unicode unless ASCII.
 * What Java cannot express the way Python means it (conditional groups, LOCALE) is {@link Unsupported}.
 */
final class ReTranslator {
  static final int IGNORECASE = 2;
  static final int LOCALE = 4;
  static final int MULTILINE = 8;
  static final int DOTALL = 16;
  static final int UNICODE = 32;
  static final int VERBOSE = 64;
  static final int ASCII = 256;

  /** A pattern Python rejects: re.error's message and position. */
  static final class SyntaxError extends Exception {
    final int pos;

    SyntaxError(String msg, int pos) {
      super(msg);
      this.pos = pos;
    }
  }

  /** A construct Python accepts that the translation does not model. */
  static final class Unsupported extends Exception {
    Unsupported(String construct) {
      super(construct);
    }
  }

  /** The translation: the Java pattern, Python's flags (inline ones merged), groups, names and group parents. */
  record Result(Pattern java, int flags, int groups, Map<String, Integer> names, int[] parents) {}

  private final String src;
  private int flags;
  private int i;
  private int lastParen;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, Integer> names = new LinkedHashMap<>();
  private final List<Integer> parents = new ArrayList<>();
  /** Open parentheses: the group number each opened (0 for a non-capturing one). */
  private final List<Integer> open = new ArrayList<>();
  /** Where each open parenthesis is in the pattern (for "missing )"). */
  private final List<Integer> openAt = new ArrayList<>();

  private ReTranslator(String src, int flags) {
    this.src = src;
    this.flags = flags;
  }

  static Result translate(String src, int flags) throws SyntaxError, Unsupported {
    if ((flags & LOCALE) != 0) {
      throw new Unsupported("re.LOCALE");
    }
    ReTranslator t = new ReTranslator(src, flags);
    t.leadingFlags();
    t.body();
    int f = t.flags;
    if ((f & ASCII) != 0 && (f & UNICODE) != 0) {
      throw new SyntaxError("ASCII and UNICODE flags are incompatible", 0);
    }
    if ((f & ASCII) == 0) {
      f |= UNICODE;
    }
    int jflags = Pattern.UNIX_LINES;
    boolean unicode = (f & ASCII) == 0;
    if (unicode) {
      jflags |= Pattern.UNICODE_CHARACTER_CLASS;
    }
    if ((f & IGNORECASE) != 0) {
      jflags |= Pattern.CASE_INSENSITIVE | (unicode ? Pattern.UNICODE_CASE : 0);
    }
    if ((f & MULTILINE) != 0) {
      jflags |= Pattern.MULTILINE;
    }
    if ((f & DOTALL) != 0) {
      jflags |= Pattern.DOTALL;
    }
    Pattern p;
    try {
      p = Pattern.compile(t.out.toString(), jflags);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new SyntaxError(e.getDescription(), Math.max(0, Math.min(e.getIndex(), src.length())));
    }
    int[] parents = t.parents.stream().mapToInt(Integer::intValue).toArray();
    return new Result(p, f, t.parents.size(), t.names, parents);
  }

  /** Global inline flags, {@code (?imsx)}, which 3.11+ allows only at the start. */
  private void leadingFlags() throws SyntaxError {
    while (src.startsWith("(?", i) && i + 2 < src.length() && "aiLmsux".indexOf(src.charAt(i + 2)) >= 0) {
      int j = i + 2;
      int f = 0;
      while (j < src.length() && "aiLmsux".indexOf(src.charAt(j)) >= 0) {
        f |= flagOf(src.charAt(j++));
      }
      if (j >= src.length() || src.charAt(j) != ')') {
        return;
      }
      flags |= f;
      i = j + 1;
    }
  }

  private static int flagOf(char c) {
    return switch (c) {
      case 'a' -> ASCII;
      case 'i' -> IGNORECASE;
      case 'L' -> LOCALE;
      case 'm' -> MULTILINE;
      case 's' -> DOTALL;
      case 'u' -> UNICODE;
      default -> VERBOSE;
    };
  }

  private void body() throws SyntaxError, Unsupported {
    while (i < src.length()) {
      char c = src.charAt(i);
      if ((flags & VERBOSE) != 0 && (Character.isWhitespace(c) || c == '#')) {
        skipVerbose(c);
        continue;
      }
      i++;
      switch (c) {
        case '\\' -> escape(false);
        case '[' -> charClass();
        case '(' -> {
          lastParen = i - 1;
          group();
        }
        case ')' -> close();
        case '{' -> brace();
        case '}' -> out.append("\\}");
        default -> out.append(c);
      }
    }
    if (!open.isEmpty()) {
      throw new SyntaxError("missing ), unterminated subpattern", openAt.get(openAt.size() - 1));
    }
  }

  private void skipVerbose(char c) {
    if (c == '#') {
      while (i < src.length() && src.charAt(i) != '\n') {
        i++;
      }
    } else {
      i++;
    }
  }

  private void close() throws SyntaxError {
    if (open.isEmpty()) {
      throw new SyntaxError("unbalanced parenthesis", i - 1);
    }
    open.remove(open.size() - 1);
    openAt.remove(openAt.size() - 1);
    out.append(')');
  }

  private int enclosingGroup() {
    for (int k = open.size() - 1; k >= 0; k--) {
      if (open.get(k) > 0) {
        return open.get(k);
      }
    }
    return 0;
  }

  private void capture() {
    parents.add(enclosingGroup());
    opened(parents.size());
    out.append('(');
  }

  private void opened(int group) {
    open.add(group);
    openAt.add(lastParen);
  }

  private void group() throws SyntaxError, Unsupported {
    if (!src.startsWith("?", i)) {
      capture();
      return;
    }
    int start = i - 1;
    i++;
    if (src.startsWith("P<", i)) {
      int end = src.indexOf('>', i);
      String name = end < 0 ? "" : src.substring(i + 2, end);
      checkName(name, start);
      if (names.containsKey(name)) {
        throw new SyntaxError("redefinition of group name '" + name + "' as group " + (parents.size() + 1)
            + "; was group " + names.get(name), start + 4);
      }
      i = end + 1;
      names.put(name, parents.size() + 1);
      capture();
    } else if (src.startsWith("P=", i)) {
      int end = src.indexOf(')', i);
      String name = end < 0 ? "" : src.substring(i + 2, end);
      checkName(name, start);
      Integer g = names.get(name);
      if (g == null) {
        throw new SyntaxError("unknown group name '" + name + "'", start + 4);
      }
      i = end + 1;
      out.append("(?:\\").append(g).append(')');
    } else if (src.startsWith("#", i)) {
      int end = src.indexOf(')', i);
      if (end < 0) {
        throw new SyntaxError("missing ), unterminated comment", start);
      }
      i = end + 1;
    } else if (src.startsWith("(", i)) {
      throw new Unsupported("re conditional group (?(...)...)");
    } else {
      extension(start);
    }
  }

  private void checkName(String name, int start) throws SyntaxError {
    boolean ok = !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')
        && name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_');
    if (!ok) {
      throw new SyntaxError("bad character in group name '" + name + "'", start + 4);
    }
  }

  /** {@code (?:}, lookarounds, atomic groups and scoped flags {@code (?i-s:...)}. */
  private void extension(int start) throws SyntaxError, Unsupported {
    for (String s : new String[] {":", "=", "!", "<=", "<!", ">"}) {
      if (src.startsWith(s, i)) {
        i += s.length();
        opened(0);
        out.append("(?").append(s);
        return;
      }
    }
    StringBuilder on = new StringBuilder();
    int j = i;
    while (j < src.length() && "aiLmsux-".indexOf(src.charAt(j)) >= 0) {
      char c = src.charAt(j++);
      if (c == 'a' || c == 'L') {
        throw new Unsupported("re scoped flag (?" + c + ":...)");
      }
      if (c == 'x') {
        throw new Unsupported("re scoped verbose flag (?x:...)");
      }
      if (c != 'u') {
        on.append(c);
      }
    }
    if (j == i || j >= src.length() || src.charAt(j) != ':') {
      String ext = src.substring(start + 1, Math.min(src.length(), start + 3));
      throw new SyntaxError("unknown extension " + ext, start + 1);
    }
    i = j + 1;
    opened(0);
    String scoped = on.toString();
    if (scoped.contains("i") && (flags & ASCII) == 0 && !scoped.contains("-")) {
      scoped = scoped + "u";
    }
    out.append("(?").append(scoped).append(':');
  }

  /** A repeat {@code {m}}, {@code {m,}}, {@code {,n}}, {@code {m,n}}; any other brace is a literal. */
  private void brace() throws SyntaxError {
    int j = i;
    while (j < src.length() && Character.isDigit(src.charAt(j)) && src.charAt(j) < 128) {
      j++;
    }
    String lo = src.substring(i, j);
    String hi = lo;
    boolean comma = j < src.length() && src.charAt(j) == ',';
    if (comma) {
      int k = ++j;
      while (j < src.length() && Character.isDigit(src.charAt(j)) && src.charAt(j) < 128) {
        j++;
      }
      hi = src.substring(k, j);
    }
    if (j >= src.length() || src.charAt(j) != '}' || (lo.isEmpty() && !comma)) {
      out.append("\\{");
      return;
    }
    long min = lo.isEmpty() ? 0 : Long.parseLong(lo);
    if (!hi.isEmpty() && Long.parseLong(hi) < min) {
      throw new SyntaxError("min repeat greater than max repeat", i);
    }
    out.append('{').append(min).append(',');
    if (!comma || !hi.isEmpty()) {
      out.append(hi.isEmpty() ? lo : hi);
    }
    out.append('}');
    i = j + 1;
  }

  private void charClass() throws SyntaxError, Unsupported {
    int start = i - 1;
    out.append('[');
    if (src.startsWith("^", i)) {
      out.append('^');
      i++;
    }
    boolean first = true;
    while (true) {
      if (i >= src.length()) {
        throw new SyntaxError("unterminated character set", start);
      }
      char c = src.charAt(i++);
      if (c == ']' && !first) {
        out.append(']');
        return;
      }
      first = false;
      switch (c) {
        case '\\' -> escape(true);
        case '[', ']', '&', '{', '}' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
  }

  /** The escape after a backslash (at {@code i}), inside a class or not. */
  private void escape(boolean inClass) throws SyntaxError {
    if (i >= src.length()) {
      throw new SyntaxError("bad escape (end of pattern)", i - 1);
    }
    char c = src.charAt(i++);
    if (c >= '0' && c <= '9') {
      digits(c, inClass);
      return;
    }
    switch (c) {
      case 'x' -> hex(2, c);
      case 'u' -> hex(4, c);
      case 'U' -> hex(8, c);
      case 'N' -> namedChar();
      case 'v' -> out.append("\\x{b}");
      case 'a', 'f', 'n', 'r', 't', 'd', 'D', 's', 'S', 'w', 'W' -> out.append('\\').append(c);
      case 'A', 'Z', 'B' -> {
        if (inClass) {
          throw new SyntaxError("bad escape \\" + c, i - 2);
        }
        out.append(c == 'Z' ? "\\z" : "\\" + c);
      }
      case 'b' -> out.append(inClass ? "\\x{8}" : "\\b");
      default -> {
        if (c < 128 && Character.isLetter(c)) {
          throw new SyntaxError("bad escape \\" + c, i - 2);
        }
        literal(c);
      }
    }
  }

  private void literal(int cp) {
    out.append("\\x{").append(Integer.toHexString(cp)).append('}');
  }

  private void hex(int n, char kind) throws SyntaxError {
    int end = i + n;
    if (end > src.length() || !src.substring(i, end).chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
      throw new SyntaxError("incomplete escape \\" + kind + src.substring(i, Math.min(end, src.length())), i - 2);
    }
    int cp = Integer.parseInt(src.substring(i, end), 16);
    if (cp > Character.MAX_CODE_POINT) {
      throw new SyntaxError("bad escape \\" + kind + src.substring(i, end), i - 2);
    }
    i = end;
    literal(cp);
  }

  private void namedChar() throws SyntaxError {
    int end = src.indexOf('}', i);
    if (!src.startsWith("{", i) || end < 0) {
      throw new SyntaxError("missing {", i);
    }
    String name = src.substring(i + 1, end);
    int cp;
    try {
      cp = Character.codePointOf(name);
    } catch (IllegalArgumentException e) {
      throw new SyntaxError("undefined character name '" + name + "'", i - 2);
    }
    i = end + 1;
    literal(cp);
  }

  /** {@code \0oo} and three octal digits are characters; otherwise one or two digits are a group reference. */
  private void digits(char c, boolean inClass) throws SyntaxError {
    int j = i - 1;
    int octal = 0;
    while (j < src.length() && octal < 3 && src.charAt(j) >= '0' && src.charAt(j) <= '7') {
      j++;
      octal++;
    }
    if (c == '0' || octal == 3 || inClass) {
      int end = c == '0' || octal == 3 ? j : i;
      if (c > '7') {
        throw new SyntaxError("bad escape \\" + c, i - 2);
      }
      int cp = Integer.parseInt(src.substring(i - 1, end), 8);
      if (cp > 0377) {
        throw new SyntaxError("octal escape value \\" + src.substring(i - 1, end) + " outside of range 0-0o377", i - 2);
      }
      i = end;
      literal(cp);
      return;
    }
    int end = i < src.length() && Character.isDigit(src.charAt(i)) && src.charAt(i) < 128 ? i + 1 : i;
    int g = Integer.parseInt(src.substring(i - 1, end));
    if (g > parents.size() || open.contains(g)) {
      throw new SyntaxError(g > parents.size() ? "invalid group reference " + g : "cannot refer to an open group",
          i - 1);
    }
    i = end;
    out.append("(?:\\").append(g).append(')');
  }
}
