package io.lifeline.interpreter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The test corpus: src/test/resources/programs/NAME.py with NAME.expected produced by real CPython 3.11. */
final class Programs {
  private Programs() {}

  /** One program and what real CPython 3.11 did with it. */
  record Program(String name, String source, List<String> events, String status, List<String> shutdown) {
    boolean comparesShutdown() {
      return source.contains("# compare-shutdown");
    }

    /** The expectation as one text: events, status and, if compared, the shutdown events. */
    String expectedText() {
      return String.join("\n", events) + "\n== status: " + status
          + (comparesShutdown() ? "\n== shutdown\n" + String.join("\n", shutdown) : "");
    }

    /** A model's outcome in the shape of {@link #expectedText()}. */
    String actualText(io.lifeline.scenario.Outcome o) {
      String st = o.status().wireName() + (o.errorType() == null ? "" : " " + o.errorType());
      return String.join("\n", o.events()) + "\n== status: " + st
          + (comparesShutdown() ? "\n== shutdown\n" + String.join("\n", o.shutdownEvents()) : "");
    }
  }

  static Path dir() {
    try {
      return Path.of(Programs.class.getResource("/programs").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Program> all() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(p -> p.toString().endsWith(".py")).sorted().map(Programs::load).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The programs that have a NAME + suffix expectation file (e.g. ".expected-3.12"), loaded with it. */
  static List<Program> withExpectations(String suffix) {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(p -> p.toString().endsWith(".py"))
          .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replaceAll("\\.py$", suffix))))
          .sorted().map(p -> load(p, suffix)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Program load(Path py) {
    return load(py, ".expected");
  }

  /** Loads a program with the expectations in NAME + suffix (e.g. ".expected-3.10"). */
  static Program load(Path py, String suffix) {
    try {
      String name = py.getFileName().toString().replaceAll("\\.py$", "");
      String source = Files.readString(py);
      List<String> lines = Files.readAllLines(py.resolveSibling(name + suffix));
      List<String> events = new ArrayList<>();
      List<String> shutdown = new ArrayList<>();
      String status = null;
      boolean afterShutdown = false;
      for (String line : lines) {
        if (line.startsWith("== status: ")) {
          status = line.substring("== status: ".length());
        } else if (line.equals("== shutdown")) {
          afterShutdown = true;
        } else {
          (afterShutdown ? shutdown : events).add(line);
        }
      }
      return new Program(name, source, events, status, shutdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
