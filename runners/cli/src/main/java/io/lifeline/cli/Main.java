package io.lifeline.cli;

import io.lifeline.scenario.StartupTrace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * The {@code lifeline} command. Output streams are injected so tests capture them; only {@link #main} exits.
 * Exit codes: 0 nothing failed, 1 a scenario failed or errored, 2 usage or load errors.
 */
public final class Main {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;

  public Main(PrintWriter out, PrintWriter err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  public static void main(String... args) {
    StartupTrace.mark("main");
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    String terminal = System.getProperty("lifeline.terminal");
    boolean errIsTerminal = terminal != null ? Boolean.parseBoolean(terminal) : System.console() != null;
    int code = new Main(out, err, errIsTerminal).run(args);
    out.flush();
    err.flush();
    StartupTrace.mark("exit");
    StartupTrace.threads();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code. */
  public int run(String... args) {
    if (args.length > 0 && List.of("run", "check", "bless").contains(args[0])) {
      Preload.forScenarios(args);
    }
    CommandLine cli = LifelineCommand.commandLine(new Streams(out, err, terminal), args.length > 0 ? args[0] : null);
    StartupTrace.mark("command line built");
    cli.registerConverter(Path.class, new PathConverter());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UsageException) {
        err.println("lifeline: " + e.getMessage());
        return USAGE;
      }
      err.println("lifeline: internal error: " + e);
      e.printStackTrace(err);
      return FAILED;
    });
    return cli.execute(args);
  }
}
