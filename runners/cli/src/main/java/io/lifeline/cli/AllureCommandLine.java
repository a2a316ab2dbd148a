package io.lifeline.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Allure command line: the {@code io.qameta.allure:allure-commandline} zip from Maven Central, which the CLI's
 * build unpacks beside the CLI's jar ({@code target/allure-commandline/allure-<version>/}). Nothing is downloaded
 * at run time. The {@code lifeline.allure.home} system property names another unpacked copy.
 */
final class AllureCommandLine {

  private final Path executable;

  private AllureCommandLine(Path executable) {
    this.executable = executable;
  }

  /** The unpacked command line, or empty when the build has not unpacked it. */
  static Optional<AllureCommandLine> find() {
    List<Path> homes = new ArrayList<>();
    String explicit = System.getProperty("lifeline.allure.home");
    if (explicit != null && !explicit.isBlank()) {
      homes.add(Path.of(explicit));
    }
    codeLocation().ifPresent(loc -> {
      // lifeline.jar sits in target/; tests run from target/classes/.
      homes.add(loc.getParent().resolve("allure-commandline"));
      if (loc.getParent().getParent() != null) {
        homes.add(loc.getParent().getParent().resolve("allure-commandline"));
      }
    });
    homes.add(Path.of(System.getProperty("lifeline.root", "."), "runners/cli/target/allure-commandline"));
    for (Path home : homes) {
      Optional<Path> bin = binIn(home);
      if (bin.isPresent()) {
        return Optional.of(new AllureCommandLine(bin.get()));
      }
    }
    return Optional.empty();
  }

  /** {@code home/bin/allure}, or {@code home/allure-*}/bin/allure} for the folder the zip unpacks into. */
  private static Optional<Path> binIn(Path home) {
    if (Files.isRegularFile(home.resolve("bin/allure"))) {
      return Optional.of(home.resolve("bin/allure"));
    }
    if (!Files.isDirectory(home)) {
      return Optional.empty();
    }
    try (Stream<Path> children = Files.list(home)) {
      return children.filter(p -> p.getFileName().toString().startsWith("allure-"))
          .map(p -> p.resolve("bin/allure"))
          .filter(Files::isRegularFile)
          .sorted()
          .reduce((a, b) -> b);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> codeLocation() {
    try {
      return Optional.of(Path.of(AllureCommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  Path executable() {
    return executable;
  }

  /**
   * Runs {@code allure generate RESULTS... -o OUT --clean} with this JVM as its Java, its output going to
   * {@code log}; returns the exit status.
   */
  int generate(List<Path> results, Path out, java.io.PrintWriter log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("/bin/sh");
    command.add(executable.toString());
    command.add("generate");
    results.forEach(r -> command.add(r.toString()));
    command.add("-o");
    command.add(out.toString());
    command.add("--clean");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    p.getOutputStream().close();
    try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
        java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        log.println("allure: " + line);
      }
    }
    log.flush();
    return p.waitFor();
  }
}
