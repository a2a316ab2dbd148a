package io.lifeline.junit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline both engines' baseline tests run the fixture cases under: echo-new's wrong events on demo/wrong are
 * known (with a reason and a link), demo/raises is known to complete on the echos its {@code when} picks (so echo-new's
 * KeyError is a regression), and demo/agree is known to fail on echo-old (so its pass is a fix).
 */
public final class EchoBaseline {

  private static final String TEXT = """
      known:
        - scenario: demo/wrong
          backend: echo-new
          verdict: fail
          status: completed
          events: [x]
          reason: the new echo emits x
          link: https://example.invalid/echo/1
        - scenario: demo/raises
          when: %s
          verdict: fail
          status: completed
          events: [x]
        - scenario: demo/agree
          backend: echo-old
          verdict: fail
          status: completed
          events: [b, a]
      """;

  private EchoBaseline() {}

  /**
   * Writes the baseline as {@code dir/echo.baseline.yaml}, demo/raises's entry applying {@code raisesWhen} (a YAML
   * flow map of trait patterns), and returns its path.
   */
  public static Path write(Path dir, String raisesWhen) throws IOException {
    return Files.writeString(dir.resolve("echo.baseline.yaml"), TEXT.formatted(raisesWhen));
  }
}
