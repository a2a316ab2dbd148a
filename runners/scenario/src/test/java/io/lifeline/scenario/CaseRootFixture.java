package io.lifeline.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Case roots for loader tests: a root with {@code lib/} and one family folder {@code fam/} of scenario files. */
final class CaseRootFixture {

  /** A scenario that loads cleanly: one rule expecting the one event it emits. */
  static final String GOOD = "title: good\nsource: |\n  event('a')\nexpect:\n- events: [a]\n";

  private CaseRootFixture() {}

  /** Writes {@code text} as {@code fam/NAME.yaml} below {@code root}, making the folders as needed. */
  static void writeScenario(Path root, String name, String text) throws IOException {
    Files.createDirectories(root.resolve("lib"));
    Path family = Files.createDirectories(root.resolve("fam"));
    Files.writeString(family.resolve(name + ".yaml"), text, StandardCharsets.UTF_8);
  }
}
