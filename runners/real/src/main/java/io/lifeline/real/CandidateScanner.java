package io.lifeline.real;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Lists candidate interpreter executables, without running any of them except {@code pyenv root} (whose answer
 * the {@link ProbeCache} remembers).
 *
 * <p>Order: hand-added paths, then {@code PATH} directories in order (names sorted within a directory), then
 * pyenv's versions (sorted by directory name). A path listed twice is kept once, at its first place. A pyenv shim
 * found on {@code PATH} is left out: it only runs one of pyenv's versions, which are listed anyway, and starting
 * one costs about a second of {@code pyenv exec}.
 */
final class CandidateScanner {
  /** {@code python3.10}, {@code python3.13}, {@code pypy3}; not {@code python3}, {@code python3.12-config}. */
  static final Pattern NAME = Pattern.compile("python3\\.\\d+|pypy3");
  /** What a pyenv shim script does: {@code exec "/root/.pyenv/libexec/pyenv" exec "$program" "$@"}. */
  private static final Pattern PYENV_EXEC = Pattern.compile("pyenv\"?\\s+exec\\s");
  private static final int SHIM_MAX_BYTES = 4096;

  private final Map<String, String> env;
  private final Path home;
  private final ProbeCache cache;

  /**
   * @param env the environment to read {@code PATH} and {@code PYENV_ROOT} from
   * @param home the user's home directory, for the default pyenv root {@code ~/.pyenv}
   */
  CandidateScanner(Map<String, String> env, Path home) {
    this(env, home, ProbeCache.none());
  }

  /** The same, asking {@code pyenv root} only when {@code cache} does not remember its answer. */
  CandidateScanner(Map<String, String> env, Path home, ProbeCache cache) {
    this.env = env;
    this.home = home;
    this.cache = cache;
  }

  static CandidateScanner fromSystem(ProbeCache cache) {
    return new CandidateScanner(System.getenv(), Path.of(System.getProperty("user.home", "/")), cache);
  }

  List<Candidate> scan(List<Path> extras) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Candidate> out = new ArrayList<>();
    for (Path extra : extras) {
      add(out, seen, extra.toAbsolutePath().normalize(), Candidate.Origin.EXTRA);
    }
    for (Path dir : pathDirectories()) {
      for (Path exe : matchingExecutables(dir)) {
        if (!isPyenvShim(exe)) {
          add(out, seen, exe, Candidate.Origin.PATH);
        }
      }
    }
    Path versions = pyenvRoot().resolve("versions");
    for (Path version : sortedEntries(versions)) {
      for (Path exe : matchingExecutables(version.resolve("bin"))) {
        add(out, seen, exe, Candidate.Origin.PYENV);
      }
    }
    return out;
  }

  private static void add(List<Candidate> out, Set<Path> seen, Path path, Candidate.Origin origin) {
    if (seen.add(path)) {
      out.add(new Candidate(path, origin));
    }
  }

  private List<Path> pathDirectories() {
    String path = env.getOrDefault("PATH", "");
    List<Path> dirs = new ArrayList<>();
    for (String part : path.split(Pattern.quote(File.pathSeparator))) {
      if (!part.isEmpty()) {
        dirs.add(Path.of(part).toAbsolutePath().normalize());
      }
    }
    return dirs;
  }

  /**
   * The pyenv root: what {@code pyenv root} prints when pyenv is on {@code PATH}, else {@code $PYENV_ROOT}, else
   * {@code ~/.pyenv}. The directory need not exist.
   */
  Path pyenvRoot() {
    Optional<Path> printed = pyenvExecutable().flatMap(this::rememberedPyenvRoot);
    if (printed.isPresent()) {
      return printed.get();
    }
    String fromEnv = env.get("PYENV_ROOT");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return home.resolve(".pyenv");
  }

  private Optional<Path> pyenvExecutable() {
    for (Path dir : pathDirectories()) {
      Path candidate = dir.resolve("pyenv");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private Optional<Path> rememberedPyenvRoot(Path pyenv) {
    // pyenv root prints $PYENV_ROOT, else ~/.pyenv: the answer depends on the executable and these two only.
    String environment = env.getOrDefault("PYENV_ROOT", "") + "|" + home;
    Optional<Path> known = cache.pyenvRoot(pyenv, environment);
    if (known.isPresent()) {
      return known;
    }
    Optional<Path> asked = askPyenvRoot(pyenv);
    asked.ifPresent(root -> cache.rememberPyenvRoot(pyenv, environment, root));
    return asked;
  }

  /** A small script that execs {@code pyenv exec}: the shims pyenv puts on {@code PATH}. */
  static boolean isPyenvShim(Path exe) {
    try {
      if (Files.size(exe) > SHIM_MAX_BYTES) {
        return false;
      }
      String text = Files.readString(exe, java.nio.charset.StandardCharsets.ISO_8859_1);
      return text.startsWith("#!") && PYENV_EXEC.matcher(text).find();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Optional<Path> askPyenvRoot(Path pyenv) {
    try {
      Process process =
          new ProcessBuilder(pyenv.toString(), "root")
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      TailCapture out = TailCapture.start(process.getInputStream(), 4096, "lifeline-pyenv-root");
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        ProcessTree.kill(process);
        return Optional.empty();
      }
      out.awaitEnd(Duration.ofSeconds(1));
      String root = out.text().strip();
      return process.exitValue() == 0 && !root.isEmpty() ? Optional.of(Path.of(root)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static List<Path> matchingExecutables(Path dir) {
    List<Path> out = new ArrayList<>();
    for (Path entry : sortedEntries(dir)) {
      if (NAME.matcher(entry.getFileName().toString()).matches()
          && Files.isRegularFile(entry)
          && Files.isExecutable(entry)) {
        out.add(entry);
      }
    }
    return out;
  }

  private static List<Path> sortedEntries(Path dir) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      entries.forEach(out::add);
    } catch (IOException | RuntimeException e) {
      return out;
    }
    out.sort(null);
    return out;
  }
}
