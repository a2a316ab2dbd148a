package io.lifeline.real;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The records a run appended to its events file (see {@link Prelude}), split at the end of the script body.
 *
 * <p>Record kinds, one per line: {@code E <event>}, {@code X <type name>} then {@code M <message>} for an
 * uncaught exception, {@code Z} for the end marker, {@code G} when a {@code gc.collect()} call returned. The body
 * ends at the first {@code Z} or {@code X}; every event after it is a shutdown event, and {@code G} records after
 * it are dropped.
 *
 * @param events events of the script body
 * @param shutdownEvents events after the body ended
 * @param ended whether the end marker was written
 * @param errorType the uncaught exception's type name, or null
 * @param errorMessage its {@code str()}, or null
 * @param unreadable a description of a malformed record, or null
 * @param gcCollectReturns for each {@code G} record of the body, the number of body events before it
 */
record EventLog(
    List<String> events,
    List<String> shutdownEvents,
    boolean ended,
    String errorType,
    String errorMessage,
    String unreadable,
    List<Integer> gcCollectReturns) {

  static final EventLog EMPTY = new EventLog(List.of(), List.of(), false, null, null, null, List.of());

  /** Whether the program wrote nothing at all: it never ran (a syntax error) or died before its first record. */
  boolean isEmpty() {
    return events.isEmpty() && shutdownEvents.isEmpty() && !ended && errorType == null;
  }

  /** Reads {@code file}; a missing file is an empty log. */
  static EventLog read(Path file) throws IOException {
    try {
      return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return EMPTY;
    }
  }

  /** Parses the records in {@code text}; a final line without its newline (a write cut short by a kill) is dropped. */
  static EventLog parse(String text) {
    List<String> body = new ArrayList<>();
    List<String> shutdown = new ArrayList<>();
    boolean ended = false;
    String errorType = null;
    String errorMessage = null;
    String unreadable = null;
    List<Integer> gcCollectReturns = new ArrayList<>();
    int lastNewline = text.lastIndexOf('\n');
    String[] lines = lastNewline < 0 ? new String[0] : text.substring(0, lastNewline).split("\n", -1);
    for (String line : lines) {
      boolean inBody = !ended && errorType == null;
      if (line.startsWith("E ")) {
        (inBody ? body : shutdown).add(unescape(line.substring(2)));
      } else if (line.equals("G")) {
        if (inBody) {
          gcCollectReturns.add(body.size());
        }
      } else if (line.equals("Z") && inBody) {
        ended = true;
      } else if (line.startsWith("X ") && inBody) {
        errorType = unescape(line.substring(2));
      } else if (line.startsWith("M ") && errorType != null && errorMessage == null) {
        errorMessage = unescape(line.substring(2));
      } else if (line.equals("Z") || line.startsWith("X ") || line.startsWith("M ")) {
        // A second end or error record (a forked child reaching the end too, an excepthook called from
        // shutdown code): the body had already ended, so it changes nothing.
      } else if (unreadable == null) {
        unreadable = "malformed event record: " + line;
      }
    }
    return new EventLog(body, shutdown, ended, errorType, errorMessage, unreadable, gcCollectReturns);
  }

  /** Undoes the prelude's escaping: {@code \\} is a backslash, {@code \n} a newline. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        sb.append(next == 'n' ? '\n' : next);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
