package io.lifeline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifeline report}: turns Allure results into the Allure HTML report with the Allure command line from
 * Maven Central ({@link AllureCommandLine}). Before generating, the previous report's {@code history/} is copied
 * into the first results folder, so trends and history carry over from run to run. Opens nothing; {@code --serve}
 * serves the report on localhost until interrupted.
 */
@Command(name = "report", description = "Turn Allure results into the Allure HTML report (opens nothing;"
    + " --serve serves it on localhost).")
final class ReportCommand extends Subcommand {

  @Option(names = "--results", paramLabel = "DIR",
      description = "Allure results folder; repeatable, e.g. one per shard (default: reports/allure-results).")
  List<Path> results = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: reports/allure-report).")
  Path out;

  @Option(names = "--serve", description = "Serve the report on http://127.0.0.1 until interrupted.")
  boolean serve;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "Port for --serve (default: any free port).")
  int port;

  @Override
  public Integer call() throws Exception {
    List<Path> inputs = results.isEmpty() ? List.of(ReportPaths.allureResults()) : results;
    for (Path r : inputs) {
      if (!Files.isDirectory(r)) {
        throw new UsageException("no Allure results in " + r + " (run lifeline run first, or give --results DIR)");
      }
    }
    Path target = out != null ? out : ReportPaths.allureReport();
    AllureCommandLine allure = AllureCommandLine.find().orElseThrow(() -> new UsageException(
        "the Allure command line is not unpacked; build the CLI (./mvnw -DskipTests package -pl runners/cli -am)"));
    Streams streams = streams();
    carryHistory(target, inputs.get(0));
    int status = allure.generate(inputs, target, streams.err());
    if (status != 0) {
      streams.err().println("lifeline: allure generate failed with exit status " + status);
      return Main.FAILED;
    }
    streams.out().println("report: " + target.toAbsolutePath().resolve("index.html"));
    streams.out().flush();
    if (serve) {
      try (ReportServer server = new ReportServer(target, port)) {
        streams.out().println("serving " + server.uri() + " (Ctrl-C stops)");
        streams.out().flush();
        Thread.currentThread().join();
      }
    }
    return Main.OK;
  }

  /** Copies {@code report/history/*} into {@code results/history/}, Allure's way of keeping history. */
  private static void carryHistory(Path report, Path results) {
    Path history = report.resolve("history");
    if (!Files.isDirectory(history)) {
      return;
    }
    try {
      Path into = Files.createDirectories(results.resolve("history"));
      try (Stream<Path> files = Files.list(history)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.copy(f, into.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot carry the report history over", e);
    }
  }
}
