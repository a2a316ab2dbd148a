package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The script framing and the events file format, without running an interpreter. */
class EventChannelTest {
  private static final Path EVENTS = Path.of("/tmp/run/events");

  @Test
  void theScriptIsOnePreludeLineTheProgramAndOneEpilogueLine() {
    ScriptFile s = ScriptFile.build("x = 1\nevent(x)", EVENTS);
    String[] lines = s.text().split("\n", -1);
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).startsWith("exec(compile(\"def install(path, native_dir):\\n").endsWith(
        ", \"<lifeline-prelude>\", \"exec\"), {\"__builtins__\": __builtins__})");
    assertThat(lines[0]).contains("install(\\\"/tmp/run/events\\\", None)");
    assertThat(lines[1]).isEqualTo("x = 1");
    assertThat(lines[2]).isEqualTo("event(x)");
    assertThat(lines[3]).isEqualTo("__lifeline_end__()");
    assertThat(lines[4]).isEmpty();
    assertThat(s.preludeLine()).isEqualTo(1);
    assertThat(s.programLine(3)).isEqualTo(2);
    assertThat(s.programLine(4)).isEqualTo(3);
  }

  @Test
  void futureImportsStayAboveThePrelude() {
    ScriptFile s = ScriptFile.build(
        "#!/usr/bin/env python\n\"\"\"Doc\nstring.\"\"\"\nfrom __future__ import (\n  annotations)\nx = 1\n", EVENTS);
    String[] lines = s.text().split("\n");
    assertThat(lines[4]).isEqualTo("  annotations)");
    assertThat(lines[5]).startsWith("exec(compile(");
    assertThat(lines[6]).isEqualTo("x = 1");
    assertThat(s.preludeLine()).isEqualTo(6);
    assertThat(s.programLine(5)).isEqualTo(5);
    assertThat(s.programLine(7)).isEqualTo(6);
  }

  @Test
  void aDocstringWithoutFutureImportsDoesNotMoveThePrelude() {
    assertThat(ScriptFile.build("\"\"\"doc\"\"\"\nx = 1\n", EVENTS).preludeLine()).isEqualTo(1);
    assertThat(ScriptFile.build("", EVENTS).text()).endsWith("\n__lifeline_end__()\n");
  }

  @Test
  void pythonLiteralsAreOneAsciiLine() {
    assertThat(PyLiteral.of("a\"b\\c\nü😀\t")).isEqualTo("\"a\\\"b\\\\c\\nü\\U0001f600\\t\"".replace("ü", "\\u00fc"));
  }

  @Test
  void recordsSplitIntoBodyAndShutdownAtTheEndMarker() {
    EventLog log = EventLog.parse("E a 1\nE two\\nlines \\\\\nZ\nE late\n");
    assertThat(log.events()).containsExactly("a 1", "two\nlines \\");
    assertThat(log.ended()).isTrue();
    assertThat(log.shutdownEvents()).containsExactly("late");
    assertThat(log.errorType()).isNull();
  }

  @Test
  void anErrorRecordEndsTheBody() {
    EventLog log = EventLog.parse("E a\nX KeyError\nM 'k'\nE at exit\nX Other\nM ignored\n");
    assertThat(log.events()).containsExactly("a");
    assertThat(log.errorType()).isEqualTo("KeyError");
    assertThat(log.errorMessage()).isEqualTo("'k'");
    assertThat(log.shutdownEvents()).containsExactly("at exit");
    assertThat(log.ended()).isFalse();
  }

  @Test
  void gcMarkersCountTheBodyEventsBeforeThemAndAreDroppedAfterTheBody() {
    EventLog log = EventLog.parse("G\nE a\nE b\nG\nG\nE c\nZ\nG\nE late\n");
    assertThat(log.events()).containsExactly("a", "b", "c");
    assertThat(log.gcCollectReturns()).containsExactly(0, 2, 2);
    assertThat(log.unreadable()).isNull();
  }

  @Test
  void aCutOffLastLineIsDroppedAndGarbageIsReported() {
    assertThat(EventLog.parse("E a\nE b").events()).containsExactly("a");
    assertThat(EventLog.parse("").isEmpty()).isTrue();
    assertThat(EventLog.parse("Q what\n").unreadable()).contains("Q what");
  }
}
