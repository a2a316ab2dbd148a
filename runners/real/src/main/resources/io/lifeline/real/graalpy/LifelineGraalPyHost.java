import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The GraalPy host: runs lifeline's script files on GraalPy, one after another, each in a fresh polyglot
 * {@link Context} on one shared {@link Engine}. Compiled and started by lifeline ({@code GraalPyHosts}) on a JDK 21
 * or later, with GraalPy's jars on the class path; never part of lifeline's own build, which targets Java 17.
 *
 * <p>Protocol, one line each way (UTF-8): the host writes {@code ready} once its engine is warm; then for each
 * request line {@code run <dir>} it runs {@code <dir>/program.py} with {@code <dir>/cwd} as working directory,
 * writes the program's stdout and stderr (their last 64 KiB) to {@code <dir>/stdout} and {@code <dir>/stderr},
 * and answers one line: {@code end completed}, {@code end error}, {@code end exit <status>} or
 * {@code end crash <reason>}. With the argument {@code probe} it prints {@code <graalpy version> <python version>}
 * and exits. End of input ends the host. Its own diagnostics go to stderr; guest output never reaches the
 * protocol stream.
 *
 * <p>A context gets no host access (no Java classes, no polyglot bindings, no native access, no process
 * creation, an empty environment), file access through the default file system (the event channel writes its
 * file with {@code posix.open}), and may start threads. An uncaught exception is handed to {@code sys.excepthook}
 * as CPython's {@code PyErr_Print} would; closing the context then runs {@code atexit} and shutdown finalizers.
 */
public final class LifelineGraalPyHost {
  private static final int TAIL = 64 * 1024;
  private static final String EXCEPTHOOK =
      "def __lifeline_excepthook(e):\n"
          + "    import sys\n"
          + "    sys.excepthook(type(e), e, e.__traceback__)\n"
          + "__lifeline_excepthook";

  private LifelineGraalPyHost() {}

  public static void main(String[] args) throws IOException {
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    try (Engine engine = Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build()) {
      if (args.length == 1 && args[0].equals("probe")) {
        protocol.println(probe(engine));
        return;
      }
      Path warmup = Files.createTempDirectory("lifeline-graalpy-warmup-");
      try (Context context = newContext(engine, warmup, OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
        context.eval("python", "import gc, weakref, posix\n");
      }
      Files.deleteIfExists(warmup);
      protocol.println("ready");
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("run ")) {
          protocol.println("end " + run(engine, Path.of(line.substring(4))));
        }
      }
    }
  }

  private static String probe(Engine engine) {
    try (Context context = newContext(engine, Path.of("/"), OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
      return context.eval("python",
          "import sys\n"
              + "'%d.%d.%d %d.%d.%d' % (tuple(sys.implementation.version)[:3] + tuple(sys.version_info)[:3])")
          .asString();
    }
  }

  private static Context newContext(Engine engine, Path cwd, OutputStream out, OutputStream err) {
    return Context.newBuilder("python")
        .engine(engine)
        .allowHostAccess(HostAccess.NONE)
        .allowHostClassLookup(name -> false)
        .allowPolyglotAccess(PolyglotAccess.NONE)
        .allowNativeAccess(false)
        .allowCreateProcess(false)
        .allowCreateThread(true)
        .allowEnvironmentAccess(EnvironmentAccess.NONE)
        .allowIO(IOAccess.ALL)
        .currentWorkingDirectory(cwd)
        .option("python.IsolateFlag", "true")
        .option("python.DontWriteBytecodeFlag", "true")
        .in(InputStream.nullInputStream())
        .out(out)
        .err(err)
        .build();
  }

  /** Runs one script; the answer's words after {@code end}. */
  private static String run(Engine engine, Path dir) throws IOException {
    try (Tail out = new Tail(); Tail err = new Tail()) {
      String answer = null;
      Context context = newContext(engine, dir.resolve("cwd"), out, err);
      try {
        answer = execute(context, dir.resolve("program.py"));
      } finally {
        answer = close(context, answer);
        Files.write(dir.resolve("stdout"), out.bytes());
        Files.write(dir.resolve("stderr"), err.bytes());
      }
      return answer;
    }
  }

  private static String execute(Context context, Path script) {
    try {
      context.eval(Source.newBuilder("python", script.toFile()).name(script.getFileName().toString()).build());
      return "completed";
    } catch (PolyglotException e) {
      return failure(context, e);
    } catch (IOException e) {
      return "crash cannot read the script: " + e.getMessage();
    }
  }

  private static String failure(Context context, PolyglotException e) {
    if (e.isExit()) {
      return "exit " + e.getExitStatus();
    }
    if (e.isGuestException() && !e.isInternalError() && e.getGuestObject() != null) {
      try {
        Value hook = context.eval("python", EXCEPTHOOK);
        hook.execute(e.getGuestObject());
        return "error";
      } catch (PolyglotException inHook) {
        return "error";
      }
    }
    return "crash " + oneLine(e.isResourceExhausted() ? "resource exhausted: " + e.getMessage() : String.valueOf(e));
  }

  /** Closes the context (shutdown: atexit, finalizers); a close that fails turns the answer into a crash. */
  private static String close(Context context, String answer) {
    try {
      context.close();
      return answer;
    } catch (PolyglotException e) {
      if (e.isExit() && answer == null) {
        return "exit " + e.getExitStatus();
      }
      return answer;
    } catch (RuntimeException e) {
      try {
        context.close(true);
      } catch (RuntimeException ignored) {
        // The context is gone either way.
      }
      return answer == null ? "crash " + oneLine(e.toString()) : answer;
    }
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  /** An output stream keeping only the last {@link #TAIL} bytes written to it. */
  private static final class Tail extends OutputStream {
    private final byte[] ring = new byte[TAIL];
    private long written;

    @Override
    public synchronized void write(int b) {
      ring[(int) (written++ % TAIL)] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        ring[(int) (written++ % TAIL)] = b[off + i];
      }
    }

    synchronized byte[] bytes() {
      if (written <= TAIL) {
        return java.util.Arrays.copyOf(ring, (int) written);
      }
      int start = (int) (written % TAIL);
      byte[] out = new byte[TAIL];
      System.arraycopy(ring, start, out, 0, TAIL - start);
      System.arraycopy(ring, 0, out, TAIL - start, start);
      return out;
    }
  }
}
