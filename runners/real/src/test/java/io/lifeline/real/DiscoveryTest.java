package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery against the interpreters this machine really has. */
class DiscoveryTest {
  private static final Pattern RELEASE = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

  private static List<Path> pyenvCPythonsFrom310() throws IOException {
    Path versions = CandidateScanner.fromSystem(ProbeCache.none()).pyenvRoot().resolve("versions");
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(versions)) {
      return out;
    }
    try (var dirs = Files.list(versions)) {
      dirs.sorted().forEach(d -> {
        var m = RELEASE.matcher(d.getFileName().toString());
        if (m.matches() && m.group(1).equals("3") && Integer.parseInt(m.group(2)) >= 10) {
          out.add(d);
        }
      });
    }
    return out;
  }

  private static Path binary(Path versionDir) {
    String v = versionDir.getFileName().toString();
    return versionDir.resolve("bin").resolve("python" + v.substring(0, v.lastIndexOf('.')));
  }

  @Test
  void findsEveryPyenvCPythonFrom310WithItsFullVersionAsName() throws IOException {
    List<Path> pyenv = pyenvCPythonsFrom310();
    assumeTrue(!pyenv.isEmpty(), "no pyenv CPython 3.10+");
    Discovery d = RealInterpreters.discover();
    for (Path dir : pyenv) {
      String version = dir.getFileName().toString();
      RealInterpreterBackend b = d.find("real:cpython-" + version).orElseThrow(
          () -> new AssertionError("missing real:cpython-" + version + " in " + d));
      assertThat(b.traits().version()).isEqualTo(version);
      assertThat(b.traits().get("python")).contains(version);
      assertThat(b.executable().toRealPath()).isEqualTo(binary(dir).toRealPath());
      assertThat(b.isReal()).isTrue();
    }
  }

  @Test
  void olderCPythonsAreSkippedWithADiagnostic() {
    Discovery d = RealInterpreters.discover();
    assertThat(d.backends()).allSatisfy(b -> {
      if (b.traits().impl().equals("cpython")) {
        assertThat(b.traits().get("python").orElseThrow()).doesNotStartWith("3.9.").doesNotStartWith("2.");
      }
    });
    assumeTrue(d.diagnostics().stream().anyMatch(s -> s.contains("older than 3.10")), "no old CPython here");
  }

  @Test
  void namesAreUniqueAndEachInterpreterAppearsOnce() {
    Discovery d = RealInterpreters.discover();
    assumeTrue(!d.backends().isEmpty(), "no interpreters");
    assertThat(d.backends()).extracting(RealInterpreterBackend::name).doesNotHaveDuplicates();
    assertThat(d.backends()).extracting(b -> b.traits().asMap()).doesNotHaveDuplicates();
  }

  @Test
  void pyenvShimsOnPathAreNotProbed() {
    Discovery d = RealInterpreters.discover();
    assertThat(d.diagnostics()).noneMatch(s -> s.contains("/shims/"));
    assertThat(d.backends()).allSatisfy(b -> assertThat(b.executable().toString()).doesNotContain("/shims/"));
  }

  @Test
  void aShimScriptAndASymlinkCollapseIntoTheInterpreterTheyRun(@TempDir Path tmp) throws IOException {
    RealInterpreterBackend target = Installed.allOrSkip().findFirst().orElseThrow();
    Path link = Files.createSymbolicLink(tmp.resolve("python3.99"), target.executable());
    Path shim = tmp.resolve("shim");
    Files.writeString(shim, "#!/bin/sh\nexec '" + target.executable() + "' \"$@\"\n");
    Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwx------"));
    Discovery d = RealInterpreters.fromCandidates(List.of(
        new Candidate(target.executable(), Candidate.Origin.PYENV),
        new Candidate(shim, Candidate.Origin.PATH),
        new Candidate(link, Candidate.Origin.EXTRA)));
    assertThat(d.backends()).extracting(RealInterpreterBackend::name).containsExactly(target.name());
    assertThat(d.backends().get(0).executable()).isEqualTo(target.executable());
    assertThat(d.diagnostics()).hasSize(2).allMatch(s -> s.contains("same interpreter as " + target.executable()));
  }

  @Test
  void aHandAddedDuplicateAddsNoBackend(@TempDir Path tmp) throws IOException {
    RealInterpreterBackend target = Installed.allOrSkip().findFirst().orElseThrow();
    Path link = Files.createSymbolicLink(tmp.resolve("mypython"), target.executable());
    Discovery withExtra = RealInterpreters.discover(List.of(link));
    assertThat(withExtra.backends()).extracting(RealInterpreterBackend::name)
        .containsExactlyElementsOf(RealInterpreters.discover().backends().stream()
            .map(RealInterpreterBackend::name).toList());
  }

  @Test
  void aHandAddedInterpreterIsUsedAloneWhenDiscoveryIsOff() {
    RealInterpreterBackend target = Installed.allOrSkip().findFirst().orElseThrow();
    Discovery d = RealInterpreters.explicit(List.of(target.executable()));
    assertThat(d.backends()).extracting(RealInterpreterBackend::name).containsExactly(target.name());
  }

  @Test
  void aCandidateThatFailsToProbeBecomesADiagnostic(@TempDir Path tmp) throws IOException {
    Path broken = tmp.resolve("python3.42");
    Files.writeString(broken, "#!/bin/sh\necho 'not python' >&2\nexit 3\n");
    Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwx------"));
    Path missing = tmp.resolve("nothing-here");
    Discovery d = RealInterpreters.explicit(List.of(broken, missing));
    assertThat(d.backends()).isEmpty();
    assertThat(d.diagnostics()).hasSize(2);
    assertThat(d.diagnostics().get(0)).contains(broken.toString()).contains("exit status 3").contains("not python");
    assertThat(d.diagnostics().get(1)).contains(missing.toString()).contains("cannot start");
  }

  @Test
  void discoveryRunsOncePerArgument() {
    assertThat(RealInterpreters.discover()).isSameAs(RealInterpreters.discover(List.of()));
  }

  @Test
  void traitsComeInTheirContractOrder() {
    List<String> order =
        List.of("impl", "version", "python", "kind", "reclaim", "pycall", "flocals", "comprehensions", "frames");
    assertThat(Installed.allOrSkip()).allSatisfy(b ->
        assertThat(new ArrayList<>(b.traits().asMap().keySet())).isEqualTo(order));
  }

  private static Map<String, String> traits(String impl, String version, String python, String reclaim,
      String pycall, String flocals, String comprehensions, String frames) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("impl", impl);
    m.put("version", version);
    m.put("python", python);
    m.put("kind", "real");
    m.put("reclaim", reclaim);
    m.put("pycall", pycall);
    m.put("flocals", flocals);
    m.put("comprehensions", comprehensions);
    m.put("frames", frames);
    return m;
  }

  @Test
  void cpythonTraitsAreAskedFromTheInterpreter() {
    for (int minor = 10; minor <= 13; minor++) {
      var found = Installed.cpython(minor);
      if (found.isEmpty()) {
        continue;
      }
      String v = found.get().traits().version();
      var expected = switch (minor) {
        case 10 -> traits("cpython", v, v, "refcount", "hold", "snapshot", "function", "eager");
        case 11 -> traits("cpython", v, v, "refcount", "move", "snapshot", "function", "lazy");
        case 12 -> traits("cpython", v, v, "refcount", "move", "snapshot", "inlined", "lazy");
        default -> traits("cpython", v, v, "refcount", "move", "proxy", "inlined", "lazy");
      };
      assertThat(found.get().traits().asMap()).containsExactlyEntriesOf(expected);
      assertThat(found.get().name()).isEqualTo("real:cpython-" + v);
    }
  }

  @Test
  void pypyIsNamedByItsOwnVersion() {
    RealInterpreterBackend pypy = Installed.pypyOrSkip();
    String v = pypy.traits().version();
    assertThat(pypy.name()).isEqualTo("real:pypy-" + v);
    assertThat(v).startsWith("7.");
    assertThat(pypy.traits().get("python").orElseThrow()).startsWith("3.");
    assertThat(pypy.traits().get("reclaim")).contains("tracing");
    assertThat(pypy.isolationFlags()).containsExactly("-I");
  }
}
