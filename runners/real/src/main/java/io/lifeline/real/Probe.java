package io.lifeline.real;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Asks one candidate executable who it is. Results are cached per JVM by candidate path, so each executable is
 * started at most once however often discovery runs.
 *
 * <p>The probe runs {@code <candidate> -I -S -c <code>}; {@code -S} skips {@code site} to keep it fast. An
 * interpreter that rejects {@code -I} is probed again with {@code -E -s}, and those flags are then used for its
 * runs too. A pyenv shim is a shell script that execs the selected real interpreter, so {@code sys.executable}
 * names the real binary.
 */
final class Probe {
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static final String MARK = "lifeline-probe";
  private static final String CODE =
      "import sys\n"
          + "v = sys.version_info\n"
          + "p = getattr(sys, 'pypy_version_info', None)\n"
          + "print('" + MARK + "', sys.implementation.name, *v[:5], *(p[:5] if p else ('-',) * 5),"
          + " sys.executable or '-', sep='\\t')\n";

  private static final List<String> ISOLATED = List.of("-I");
  private static final List<String> ISOLATED_FALLBACK = List.of("-E", "-s");

  private static final Map<Path, Result> CACHE = new ConcurrentHashMap<>();

  /**
   * Either an identity or the reason there is none.
   *
   * @param lasting whether the same executable would give the same result again: an identity, or a probe that
   *     ran to its end without one; not a timeout or a failure to start ({@link ProbeCache} keeps only these)
   */
  record Result(Path candidate, Identity identity, String failure, boolean lasting) {
    static Result identified(Path candidate, Identity identity) {
      return new Result(candidate, identity, null, true);
    }

    /** A failure that may not happen again (a timeout, a failure to start). */
    static Result failed(Path candidate, String failure) {
      return new Result(candidate, null, failure, false);
    }

    /** The executable ran and said it is no interpreter lifeline can read. */
    static Result refused(Path candidate, String failure) {
      return new Result(candidate, null, failure, true);
    }
  }

  private Probe() {}

  /** The cached identity of {@code candidate}; never throws. */
  static Result of(Path candidate) {
    return CACHE.computeIfAbsent(candidate, Probe::probe);
  }

  private static Result probe(Path candidate) {
    try {
      Attempt first = attempt(candidate, ISOLATED);
      if (first.identity != null) {
        return Result.identified(candidate, first.identity);
      }
      Attempt second = attempt(candidate, ISOLATED_FALLBACK);
      if (second.identity != null) {
        return Result.identified(candidate, second.identity);
      }
      return first.ranToEnd && second.ranToEnd
          ? Result.refused(candidate, first.failure) : Result.failed(candidate, first.failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed(candidate, "probe interrupted");
    } catch (Exception e) {
      return Result.failed(candidate, "cannot start: " + e.getMessage());
    }
  }

  /** One run of the probe; {@code ranToEnd}: the process exited by itself (no timeout). */
  private record Attempt(Identity identity, String failure, boolean ranToEnd) {}

  private static Attempt attempt(Path candidate, List<String> flags) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(candidate.toString());
    command.addAll(flags);
    command.addAll(List.of("-S", "-c", CODE));
    Process process =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .start();
    TailCapture out = TailCapture.start(process.getInputStream(), 16 * 1024, "lifeline-probe-out");
    if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      ProcessTree.kill(process);
      return new Attempt(null, "probe timed out after " + TIMEOUT.toSeconds() + "s", false);
    }
    out.awaitEnd(Duration.ofSeconds(2));
    String text = out.text();
    for (String line : text.split("\n")) {
      if (line.startsWith(MARK + "\t")) {
        try {
          return new Attempt(parse(candidate, line.split("\t", -1), flags), null, true);
        } catch (RuntimeException e) {
          return new Attempt(null, "unreadable probe output: " + line.strip(), true);
        }
      }
    }
    String firstLine = text.strip().isEmpty() ? "no output" : text.strip().lines().findFirst().orElse("");
    return new Attempt(null, "exit status " + process.exitValue() + ": " + firstLine, true);
  }

  /** Fields: mark, impl, five of sys.version_info, five of sys.pypy_version_info (or '-'), sys.executable. */
  private static Identity parse(Path candidate, String[] f, List<String> flags) {
    String impl = f[1];
    Release python = version(f, 2);
    Release own = "-".equals(f[7]) ? python : version(f, 7);
    Path executable = "-".equals(f[12]) || f[12].isEmpty() ? candidate : Path.of(f[12]);
    return new Identity(impl, own, python, executable, flags);
  }

  private static Release version(String[] f, int at) {
    return Release.fromInfo(
        Integer.parseInt(f[at]),
        Integer.parseInt(f[at + 1]),
        Integer.parseInt(f[at + 2]),
        f[at + 3],
        Integer.parseInt(f[at + 4]));
  }
}
