package io.lifeline.real;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Builds the C extension module {@code lifeline_native} (source: the resource {@code native/lifeline_native.c}
 * beside this class) for one real interpreter, on demand, and caches the result outside the repository.
 *
 * <p>A build asks the interpreter for its header directory ({@code sysconfig.get_paths()['include']}; Debian's
 * {@code pypy3-dev} provides PyPy's) and extension suffix ({@code EXT_SUFFIX}), compiles with the C compiler
 * ({@code cc -shared -fPIC}), and imports the result once in that interpreter, so a module that links but cannot
 * load (an undefined symbol) is a failed build rather than a failure inside a scenario. It lands in
 * {@code <cache root>/<impl>-<version>-<hash>/}, the hash covering the source, the interpreter's executable,
 * headers and suffix, and the compiler; a directory appears there only complete (built aside, then renamed), so
 * concurrent builds by several JVMs are safe: the first rename wins and the others use it.
 *
 * <p>Configuration: the compiler is the system property {@value #COMPILER_PROPERTY}, else the environment variable
 * {@code LIFELINE_CC}, else {@code cc}; the cache root is {@value #CACHE_PROPERTY}, else
 * {@code $XDG_CACHE_HOME/lifeline/native}, else {@code ~/.cache/lifeline/native}. Thread-safe; never throws from
 * {@link #build}.
 */
final class NativeBuild {
  /** The module's import name. */
  static final String NAME = "lifeline_native";
  static final String COMPILER_PROPERTY = "lifeline.native.cc";
  static final String CACHE_PROPERTY = "lifeline.native.cache";
  private static final String SOURCE_RESOURCE = "native/" + NAME + ".c";
  private static final Duration PROBE_LIMIT = Duration.ofSeconds(30);
  private static final Duration COMPILE_LIMIT = Duration.ofSeconds(120);
  /** How much of a failing command's output a failure reason quotes. */
  private static final int REASON_LIMIT = 600;
  private static final String PATHS_CODE =
      "import sysconfig; print(sysconfig.get_paths()['include']); print(sysconfig.get_config_var('EXT_SUFFIX'))";

  private final String compiler;
  private final Path cacheRoot;

  NativeBuild(String compiler, Path cacheRoot) {
    this.compiler = compiler;
    this.cacheRoot = cacheRoot;
  }

  /** The module as this machine's properties and environment configure it. */
  static NativeBuild fromEnvironment() {
    String cc = System.getProperty(COMPILER_PROPERTY, envOr("LIFELINE_CC", "cc"));
    String cache = System.getProperty(CACHE_PROPERTY);
    if (cache != null) {
      return new NativeBuild(cc, Path.of(cache));
    }
    return new NativeBuild(cc, io.lifeline.scenario.CacheFolder.of("native"));
  }

  /**
   * Whether {@code program} may import the module: it names it. A program that builds the name at run time is
   * not seen, and meets an ordinary {@code ModuleNotFoundError}.
   */
  static boolean usedBy(String program) {
    return program.contains(NAME);
  }

  /** A build's result: the directory to put on {@code sys.path}, or why there is none. */
  record Result(Path directory, String failure) {
    static Result failed(String reason) {
      return new Result(null, reason);
    }

    boolean ok() {
      return directory != null;
    }
  }

  /** The module built for {@code identity}, from the cache when it is there. Never throws. */
  Result build(Identity identity) {
    try {
      return buildIn(identity);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed("build interrupted");
    } catch (IOException | RuntimeException e) {
      return Result.failed(e.toString());
    }
  }

  private Result buildIn(Identity identity) throws IOException, InterruptedException {
    Ran paths = run(interpreter(identity, PATHS_CODE), PROBE_LIMIT, null);
    List<String> lines = paths.output().lines().toList();
    if (paths.status() != 0 || lines.size() < 2) {
      return Result.failed("cannot read the interpreter's sysconfig: " + paths.describe());
    }
    Path include = Path.of(lines.get(0).strip());
    String suffix = lines.get(1).strip();
    if (!Files.isRegularFile(include.resolve("Python.h"))) {
      return Result.failed("no Python.h in " + include + " (install the interpreter's headers; for PyPy: pypy3-dev)");
    }
    byte[] source = source();
    Path target = cacheRoot.resolve(identity.shortName() + "-" + hash(source, identity, include, suffix));
    Path library = Path.of(NAME + suffix);
    if (Files.isRegularFile(target.resolve(library))) {
      return new Result(target, null);
    }
    Files.createDirectories(cacheRoot);
    Path work = Files.createDirectory(cacheRoot.resolve(".build-" + UUID.randomUUID()));
    try {
      Path c = Files.write(work.resolve(NAME + ".c"), source);
      List<String> compile = List.of(compiler, "-shared", "-fPIC", "-O2", "-Werror=implicit-function-declaration",
          "-I" + include, "-o", work.resolve(library).toString(), c.toString());
      Ran compiled = run(compile, COMPILE_LIMIT, work);
      if (compiled.status() != 0) {
        return Result.failed(compiler + " failed: " + compiled.describe());
      }
      Ran imported = run(interpreter(identity,
          "import sys; sys.path.insert(0, " + PyLiteral.of(work.toString()) + "); import " + NAME), PROBE_LIMIT, work);
      if (imported.status() != 0) {
        return Result.failed("built, but the import failed: " + imported.describe());
      }
      Files.delete(c);
      return new Result(publish(work, target), null);
    } finally {
      deleteQuietly(work);
    }
  }

  /** Renames the finished {@code work} directory to {@code target}; if another build got there first, uses its. */
  private static Path publish(Path work, Path target) throws IOException {
    try {
      Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      if (!Files.isDirectory(target)) {
        throw e;
      }
    } catch (IOException e) {
      // A non-empty target directory (another JVM's build) makes rename fail with DirectoryNotEmptyException.
      if (!Files.isDirectory(target)) {
        throw e;
      }
    }
    return target;
  }

  private static List<String> interpreter(Identity identity, String code) {
    List<String> command = new ArrayList<>();
    command.add(identity.executable().toString());
    command.addAll(identity.isolationFlags());
    command.add("-c");
    command.add(code);
    return command;
  }

  private String hash(byte[] source, Identity identity, Path include, String suffix) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(source);
      for (String part : List.of(identity.executable().toString(), include.toString(), suffix, compiler)) {
        digest.update((byte) 0);
        digest.update(part.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is a required algorithm", e);
    }
  }

  private static byte[] source() throws IOException {
    try (InputStream in = NativeBuild.class.getResourceAsStream(SOURCE_RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + SOURCE_RESOURCE + " missing from the classpath");
      }
      return in.readAllBytes();
    }
  }

  /** Runs {@code command} with output and errors merged into one file, stopping it at {@code limit}. */
  private static Ran run(List<String> command, Duration limit, Path dir)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("lifeline-native-", ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      if (dir != null) {
        builder.directory(dir.toFile());
      }
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        return new Ran(-1, "cannot start " + command.get(0) + ": " + e.getMessage());
      }
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor();
        return new Ran(-1, "stopped after " + limit.toSeconds() + "s");
      }
      return new Ran(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** A finished helper command: its exit status (-1 when it did not run or was stopped) and merged output. */
  private record Ran(int status, String output) {
    /** {@code exit status N: <output, shortened>}. */
    String describe() {
      String text = output.strip();
      if (text.length() > REASON_LIMIT) {
        text = text.substring(0, REASON_LIMIT) + "...";
      }
      return (status >= 0 ? "exit status " + status : "not run") + (text.isEmpty() ? "" : ": " + text);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Best effort: a leftover build directory is ignored by later builds.
        }
      });
    } catch (IOException e) {
      // See above.
    }
  }
}
