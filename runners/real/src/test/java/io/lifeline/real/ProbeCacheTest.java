package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The discovery cache: a second discovery takes what the first learned without starting the interpreter, until
 * the executable changes; a corrupt or unwritable cache file never makes discovery fail.
 */
class ProbeCacheTest {
  @TempDir
  Path tmp;

  /**
   * A fake interpreter that answers the probe as CPython 3.12.1 and counts its starts in {@code runs}. Each test
   * makes its own path, so Probe's per-JVM cache cannot answer for the file cache.
   */
  private Path fakePython(String name) throws IOException {
    Path exe = tmp.resolve(name);
    Files.writeString(exe, "#!/bin/sh\necho run >> '" + tmp.resolve(name + ".runs") + "'\n"
        + "printf 'lifeline-probe\\tcpython\\t3\\t12\\t1\\tfinal\\t0\\t-\\t-\\t-\\t-\\t-\\t%s\\n' \"$0\"\n");
    Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwx------"));
    return exe;
  }

  private long runs(String name) throws IOException {
    Path log = tmp.resolve(name + ".runs");
    return Files.exists(log) ? Files.readAllLines(log).size() : 0;
  }

  private static Discovery discover(Path exe, ProbeCache cache) {
    Discovery d = RealInterpreters.fromCandidates(List.of(new Candidate(exe, Candidate.Origin.EXTRA)), cache);
    cache.save();
    return d;
  }

  @Test
  void aSecondDiscoveryStartsNoInterpreterAndFindsTheSameOne() throws IOException {
    Path exe = fakePython("python3.12");
    Path file = tmp.resolve("cache/lifeline/interpreters.tsv");
    Discovery first = discover(exe, ProbeCache.in(file));
    assertThat(runs("python3.12")).isEqualTo(1);
    assertThat(file).exists();

    Probe.Result remembered = ProbeCache.in(file).result(exe).orElseThrow();
    assertThat(runs("python3.12")).isEqualTo(1);
    RealInterpreterBackend found = first.backends().get(0);
    assertThat(remembered.identity().executable()).isEqualTo(found.executable());
    assertThat(remembered.identity().isolationFlags()).isEqualTo(found.isolationFlags());
    assertThat(RealTraits.of(remembered.identity()).asMap()).isEqualTo(first.backends().get(0).traits().asMap());
    assertThat(first.backends()).extracting(RealInterpreterBackend::name).containsExactly("real:cpython-3.12.1");
  }

  @Test
  void aChangedExecutableIsProbedAgain() throws IOException {
    Path exe = fakePython("python3.13");
    Path file = tmp.resolve("interpreters.tsv");
    discover(exe, ProbeCache.in(file));
    assertThat(ProbeCache.in(file).result(exe)).isPresent();
    Files.setLastModifiedTime(exe, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(ProbeCache.in(file).result(exe)).isEmpty();
    Files.writeString(exe, Files.readString(exe) + "# longer now\n");
    assertThat(ProbeCache.in(file).result(exe)).isEmpty();
  }

  @Test
  void aCorruptCacheIsIgnoredAndRewritten() throws IOException {
    Path exe = fakePython("python3.11");
    Path file = tmp.resolve("interpreters.tsv");
    discover(exe, ProbeCache.in(file));
    String good = Files.readString(file);
    Files.writeString(file, good.replaceAll("\tok\t.*", "\tok\tcpython\tnot-a-version"));
    assertThat(ProbeCache.in(file).result(exe)).isEmpty();
    Files.write(file, new byte[] {0, (byte) 0xff, '\n', 9, 9});
    Discovery again = discover(exe, ProbeCache.in(file));
    assertThat(again.backends()).extracting(RealInterpreterBackend::name).containsExactly("real:cpython-3.12.1");
    assertThat(Files.readString(file)).isEqualTo(good);
  }

  @Test
  void anUnwritableCacheOnlyCostsTime() throws IOException {
    Path exe = fakePython("pypy3");
    Path blocker = Files.writeString(tmp.resolve("not-a-directory"), "x");
    Discovery d = discover(exe, ProbeCache.in(blocker.resolve("interpreters.tsv")));
    assertThat(d.backends()).extracting(RealInterpreterBackend::name).containsExactly("real:cpython-3.12.1");
  }

  @Test
  void anExecutableThatIsNoPythonIsRememberedButAFailureToStartIsNot() throws IOException {
    Path broken = tmp.resolve("python3.42");
    Files.writeString(broken, "#!/bin/sh\necho 'not python' >&2\nexit 3\n");
    Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwx------"));
    Path notExecutable = Files.writeString(tmp.resolve("python3.43"), "#!/bin/sh\n");
    Path file = tmp.resolve("interpreters.tsv");
    ProbeCache cache = ProbeCache.in(file);
    RealInterpreters.fromCandidates(List.of(new Candidate(broken, Candidate.Origin.EXTRA),
        new Candidate(notExecutable, Candidate.Origin.EXTRA)), cache);
    cache.save();
    ProbeCache reread = ProbeCache.in(file);
    assertThat(reread.result(broken).orElseThrow().failure()).contains("exit status 3").contains("not python");
    assertThat(reread.result(notExecutable)).isEmpty();
  }

  @Test
  void thePyenvRootIsAskedOnceForTheSameExecutableAndEnvironment() throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path pyenv = bin.resolve("pyenv");
    Files.writeString(pyenv, "#!/bin/sh\necho run >> '" + tmp.resolve("pyenv.runs") + "'\necho /printed/root\n");
    Files.setPosixFilePermissions(pyenv, PosixFilePermissions.fromString("rwx------"));
    Path file = tmp.resolve("interpreters.tsv");
    Map<String, String> env = Map.of("PATH", bin.toString());
    ProbeCache first = ProbeCache.in(file);
    assertThat(new CandidateScanner(env, tmp.resolve("home"), first).pyenvRoot()).isEqualTo(Path.of("/printed/root"));
    first.save();
    assertThat(new CandidateScanner(env, tmp.resolve("home"), ProbeCache.in(file)).pyenvRoot())
        .isEqualTo(Path.of("/printed/root"));
    assertThat(runs("pyenv")).isEqualTo(1);
    Map<String, String> otherRoot = Map.of("PATH", bin.toString(), "PYENV_ROOT", "/elsewhere");
    new CandidateScanner(otherRoot, tmp.resolve("home"), ProbeCache.in(file)).pyenvRoot();
    assertThat(runs("pyenv")).isEqualTo(2);
  }
}
