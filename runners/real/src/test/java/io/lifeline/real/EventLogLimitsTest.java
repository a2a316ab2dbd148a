package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.EventLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events file read against the {@link EventLimits}: streamed, stopped at the first record beyond a limit. */
class EventLogLimitsTest {

  @TempDir
  Path dir;

  @Test
  void aGiantEventStopsReadingWithItsSizeAndKeepsTheEventsBefore() throws IOException {
    Path file = dir.resolve("events");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("E before\nE ".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\nE after\nZ\n".getBytes(StandardCharsets.UTF_8));
    }
    EventLog log = EventLog.read(file);
    assertThat(log.events()).containsExactly("before");
    assertThat(log.ended()).isFalse();
    assertThat(log.unreadable()).isEqualTo("event of 52428800 bytes exceeds the limit of 65536 bytes");
  }

  @Test
  void anEventIsMeasuredUnescapedInUtf8() {
    String escaped = "\\\\".repeat(40_000) + "é".repeat(20_000);
    EventLog log = EventLog.parse("E " + escaped + "\n");
    assertThat(log.unreadable()).isEqualTo(EventLimits.eventTooLarge(80_000));
    String atLimit = "\\\\".repeat(EventLimits.MAX_EVENT_BYTES);
    assertThat(EventLog.parse("E " + atLimit + "\nZ\n").events()).containsExactly("\\".repeat(65536));
  }

  @Test
  void tooManyEventsOrTooManyBytesStopReading() {
    String many = "E e\n".repeat(EventLimits.MAX_EVENTS + 1) + "Z\n";
    EventLog log = EventLog.parse(many);
    assertThat(log.events()).hasSize(EventLimits.MAX_EVENTS);
    assertThat(log.unreadable()).isEqualTo("event 100001 exceeds the limit of 100000 events per run");
    String big = ("E " + "x".repeat(60_000) + "\n").repeat(300);
    assertThat(EventLog.parse(big).unreadable()).endsWith("exceed the limit of 16777216 bytes per run");
  }

  @Test
  void aGiantExceptionMessageIsCutNotDropped() {
    EventLog log = EventLog.parse("E a\nX ValueError\nM " + "m".repeat(200_000) + "\n");
    assertThat(log.errorType()).isEqualTo("ValueError");
    assertThat(log.errorMessage()).startsWith("mmm").endsWith("... (200000 bytes, cut at 65536)");
    assertThat(log.errorMessage().length()).isLessThan(70_000);
    assertThat(log.unreadable()).isNull();
  }
}
