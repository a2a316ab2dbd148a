package io.lifeline.real;

import io.lifeline.scenario.EventLimits;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * @param unreadable a description of a malformed record or of the first record beyond the {@link EventLimits}
 *     (reading stopped there), or null
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

  /**
   * Reads {@code file}; a missing file is an empty log. The file is streamed, never held whole: reading stops at
   * the first record beyond the {@link EventLimits} (an event of more than {@link EventLimits#MAX_EVENT_BYTES}
   * bytes, more events or more bytes of events than a run may have), which makes the log {@link #unreadable}
   * with a message naming the limit; a longer exception message is cut to that size.
   */
  static EventLog read(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in);
    } catch (NoSuchFileException e) {
      return EMPTY;
    }
  }

  /** Parses the records in {@code text}; a final line without its newline (a write cut short by a kill) is dropped. */
  static EventLog parse(String text) {
    try {
      return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The longest record kept whole: an escaped event of the largest size (every byte a backslash) and its kind. */
  private static final int MAX_RECORD_BYTES = 2 * EventLimits.MAX_EVENT_BYTES + 2;

  private static EventLog read(InputStream in) throws IOException {
    Records records = new Records();
    Line line = new Line();
    int b;
    while ((b = in.read()) >= 0) {
      if (b != '\n') {
        line.add(b);
        continue;
      }
      if (!records.take(line)) {
        break;
      }
      line = new Line();
    }
    return records.log();
  }

  /**
   * One record as read: its first {@link #MAX_RECORD_BYTES} bytes, and the size of what follows its two-byte
   * kind once unescaped, counted without being kept.
   */
  private static final class Line {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long payloadBytes;
    private boolean escaped;
    private int length;

    void add(int b) {
      if (length++ < MAX_RECORD_BYTES) {
        kept.write(b);
      }
      if (length <= 2) {
        return;
      }
      if (escaped) {
        escaped = false;
      } else if (b == '\\') {
        escaped = true;
        return;
      }
      payloadBytes++;
    }

    boolean cut() {
      return length > MAX_RECORD_BYTES;
    }

    String text() {
      return kept.toString(StandardCharsets.UTF_8);
    }
  }

  /** The state of a log being read, record by record. */
  private static final class Records {
    final List<String> body = new ArrayList<>();
    final List<String> shutdown = new ArrayList<>();
    boolean ended;
    String errorType;
    String errorMessage;
    String unreadable;
    final List<Integer> gcCollectReturns = new ArrayList<>();
    long eventBytes;

    /** Takes one record; false when reading must stop (a record beyond the limits). */
    boolean take(Line record) {
      String line = record.text();
      boolean inBody = !ended && errorType == null;
      if (line.startsWith("E ")) {
        String event = record.cut() ? null : unescape(line.substring(2));
        long bytes = event == null ? record.payloadBytes : EventLimits.utf8Length(event);
        Optional<String> beyond = EventLimits.check(bytes, body.size() + shutdown.size(), eventBytes);
        if (beyond.isPresent()) {
          unreadable = beyond.get();
          return false;
        }
        eventBytes += bytes;
        (inBody ? body : shutdown).add(event);
      } else if (line.equals("G")) {
        if (inBody) {
          gcCollectReturns.add(body.size());
        }
      } else if (line.equals("Z") && inBody) {
        ended = true;
      } else if (line.startsWith("X ") && inBody) {
        errorType = unescape(line.substring(2));
      } else if (line.startsWith("M ") && errorType != null && errorMessage == null) {
        errorMessage = record.cut()
            ? cut(unescape(line.substring(2))) + "... (" + record.payloadBytes + " bytes, cut at "
                + EventLimits.MAX_EVENT_BYTES + ")"
            : unescape(line.substring(2));
      } else if (line.equals("Z") || line.startsWith("X ") || line.startsWith("M ")) {
        // A second end or error record (a forked child reaching the end too, an excepthook called from
        // shutdown code): the body had already ended, so it changes nothing.
      } else if (unreadable == null) {
        unreadable = "malformed event record: " + cut(line);
      }
      return true;
    }

    EventLog log() {
      return new EventLog(body, shutdown, ended, errorType, errorMessage, unreadable, gcCollectReturns);
    }
  }

  /** At most {@link EventLimits#MAX_EVENT_BYTES} characters of {@code s}. */
  private static String cut(String s) {
    return s.length() <= EventLimits.MAX_EVENT_BYTES ? s : s.substring(0, EventLimits.MAX_EVENT_BYTES);
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
