package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.compiler.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Source text to tokens, with NEWLINE, INDENT and DEDENT like Python's tokenizer: blank and comment-only
 * lines produce nothing, newlines inside brackets are ignored, a backslash joins lines. String tokens keep
 * their prefix letters in front of the decoded body, separated by a quote: {@code f"...} / {@code "...}.
 */
public final class Scanner {
  private static final String[] OPERATORS = {
    "**=", "//=", ">>=", "<<=", "...", "->", ":=",
    "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
    "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "@", "&", "|",
    "^", "~"
  };

  private final String src;
  private int pos;
  private int line = 1;
  private int lineStart;
  private int depth;
  private final Deque<Integer> indents = new ArrayDeque<>();
  private final List<Token> out = new ArrayList<>();

  public Scanner(String src) {
    this.src = src.endsWith("\n") ? src : src + "\n";
    indents.push(0);
  }

  public List<Token> scan() {
    boolean atLineStart = true;
    while (pos < src.length()) {
      if (atLineStart && depth == 0) {
        if (!indentation()) {
          continue;
        }
        atLineStart = false;
      }
      char c = src.charAt(pos);
      if (c == '\n') {
        if (depth == 0) {
          add(Kind.NEWLINE, "\n", pos);
          atLineStart = true;
        }
        newline();
      } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
        pos++;
      } else if (c == '#') {
        skipComment();
      } else if (c == '\\' && peekAt(1) == '\n') {
        pos++;
        newline();
      } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peekAt(1)))) {
        number();
      } else if (Character.isLetter(c) || c == '_') {
        nameOrString();
      } else if (c == '"' || c == '\'') {
        string("", pos);
      } else {
        operator();
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1).kind() != Kind.NEWLINE) {
      add(Kind.NEWLINE, "\n", pos);
    }
    while (indents.peek() > 0) {
      indents.pop();
      out.add(new Token(Kind.DEDENT, "", line, 0));
    }
    out.add(new Token(Kind.EOF, "", line, 0));
    return out;
  }

  /** Measures a line's indentation; returns false for blank or comment-only lines (consumed). */
  private boolean indentation() {
    int col = 0;
    int p = pos;
    while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t' || src.charAt(p) == '\f')) {
      col = src.charAt(p) == '\t' ? (col / 8 + 1) * 8 : col + 1;
      p++;
    }
    if (p >= src.length()) {
      pos = p;
      return false;
    }
    char c = src.charAt(p);
    if (c == '\n' || c == '#' || c == '\r') {
      pos = p;
      if (c == '#') {
        skipComment();
      }
      if (pos < src.length() && src.charAt(pos) == '\r') {
        pos++;
      }
      if (pos < src.length() && src.charAt(pos) == '\n') {
        newline();
      }
      return false;
    }
    pos = p;
    if (col > indents.peek()) {
      indents.push(col);
      out.add(new Token(Kind.INDENT, "", line, col));
    } else {
      while (col < indents.peek()) {
        indents.pop();
        out.add(new Token(Kind.DEDENT, "", line, col));
      }
      if (col != indents.peek()) {
        throw new PySyntaxError("unindent does not match any outer indentation level", line, col);
      }
    }
    return true;
  }

  private void newline() {
    pos++;
    line++;
    lineStart = pos;
  }

  private void skipComment() {
    while (pos < src.length() && src.charAt(pos) != '\n') {
      pos++;
    }
  }

  private char peekAt(int k) {
    return pos + k < src.length() ? src.charAt(pos + k) : '\0';
  }

  private void add(Kind kind, String text, int start) {
    out.add(new Token(kind, text, line, start - lineStart, line, pos - lineStart));
  }

  private void number() {
    int start = pos;
    if (src.charAt(pos) == '0' && "xXoObB".indexOf(peekAt(1)) >= 0) {
      pos += 2;
      while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
        pos++;
      }
    } else {
      digits();
      if (pos < src.length() && src.charAt(pos) == '.') {
        pos++;
        digits();
      }
      if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
        pos++;
        if (src.charAt(pos) == '+' || src.charAt(pos) == '-') {
          pos++;
        }
        digits();
      }
      if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
        throw PySyntaxError.unsupported("complex literal", line, start - lineStart);
      }
    }
    add(Kind.NUMBER, src.substring(start, pos).replace("_", ""), start);
  }

  private void digits() {
    while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
      pos++;
    }
  }

  private void nameOrString() {
    int start = pos;
    while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
      pos++;
    }
    String word = src.substring(start, pos);
    if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')
        && word.length() <= 2 && word.toLowerCase().matches("[rbfu]|rb|br|fr|rf")) {
      string(word.toLowerCase(), start);
      return;
    }
    add(Kind.NAME, word, start);
  }

  private void string(String prefix, int start) {
    char q = src.charAt(pos);
    boolean triple = peekAt(1) == q && peekAt(2) == q;
    pos += triple ? 3 : 1;
    boolean raw = prefix.contains("r");
    int startLine = line;
    int startCol = start - lineStart;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= src.length()) {
        throw new PySyntaxError("unterminated string literal", startLine, startCol);
      }
      char c = src.charAt(pos);
      if (c == q && (!triple || (peekAt(1) == q && peekAt(2) == q))) {
        pos += triple ? 3 : 1;
        break;
      }
      if (c == '\n') {
        if (!triple) {
          throw new PySyntaxError("unterminated string literal", startLine, startCol);
        }
        sb.append('\n');
        newline();
        continue;
      }
      if (c == '\\' && !raw) {
        pos++;
        escape(sb);
        continue;
      }
      if (c == '\\' && raw) {
        sb.append(c);
        pos++;
        if (pos < src.length()) {
          if (src.charAt(pos) == '\n') {
            sb.append('\n');
            newline();
          } else {
            sb.append(src.charAt(pos++));
          }
        }
        continue;
      }
      sb.append(c);
      pos++;
    }
    out.add(new Token(Kind.STRING, prefix + "\"" + sb, startLine, startCol, line, pos - lineStart));
  }

  private void escape(StringBuilder sb) {
    char c = src.charAt(pos);
    switch (c) {
      case '\n' -> {
        newline();
        return;
      }
      case 'n' -> sb.append('\n');
      case 't' -> sb.append('\t');
      case 'r' -> sb.append('\r');
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        int end = pos + 1;
        while (end < src.length() && end < pos + 3 && src.charAt(end) >= '0' && src.charAt(end) <= '7') {
          end++;
        }
        sb.append((char) Integer.parseInt(src.substring(pos, end), 8));
        pos = end - 1;
      }
      case '\\' -> sb.append('\\');
      case '\'' -> sb.append('\'');
      case '"' -> sb.append('"');
      case 'a' -> sb.append('\u0007');
      case 'b' -> sb.append('\b');
      case 'f' -> sb.append('\f');
      case 'v' -> sb.append('\u000b');
      case 'x' -> {
        sb.append((char) Integer.parseInt(src.substring(pos + 1, pos + 3), 16));
        pos += 2;
      }
      case 'u' -> {
        sb.append((char) Integer.parseInt(src.substring(pos + 1, pos + 5), 16));
        pos += 4;
      }
      case 'U' -> {
        sb.appendCodePoint(Integer.parseInt(src.substring(pos + 1, pos + 9), 16));
        pos += 8;
      }
      case 'N' -> throw PySyntaxError.unsupported("\\N{...} escape", line, pos - lineStart);
      default -> sb.append('\\').append(c);
    }
    pos++;
  }

  private void operator() {
    for (String op : OPERATORS) {
      if (src.startsWith(op, pos)) {
        int start = pos;
        pos += op.length();
        if ("([{".contains(op)) {
          depth++;
        } else if (")]}".contains(op)) {
          depth = Math.max(0, depth - 1);
        }
        add(Kind.OP, op, start);
        return;
      }
    }
    throw new PySyntaxError("invalid character '" + src.charAt(pos) + "'", line, pos - lineStart);
  }
}
