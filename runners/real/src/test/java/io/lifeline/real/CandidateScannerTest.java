package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateScannerTest {

  private static Path exe(Path p) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, "#!/bin/sh\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
    return p;
  }

  @Test
  void listsExtrasThenPathThenPyenvKeepingOnlyInterpreterNames(@TempDir Path tmp) throws IOException {
    Path bin1 = tmp.resolve("bin1");
    Path bin2 = tmp.resolve("bin2");
    Path p312 = exe(bin1.resolve("python3.12"));
    exe(bin1.resolve("python3.12-config"));
    exe(bin1.resolve("python3"));
    exe(bin1.resolve("python"));
    Path pypy = exe(bin2.resolve("pypy3"));
    Path p310 = exe(bin2.resolve("python3.10"));
    Files.createDirectories(bin2);
    Files.writeString(bin2.resolve("python3.11"), "not executable");
    Path root = tmp.resolve("pyenv");
    Path v9 = exe(root.resolve("versions/3.9.18/bin/python3.9"));
    Path v13 = exe(root.resolve("versions/3.13.0/bin/python3.13"));
    exe(root.resolve("versions/3.13.0/bin/python3"));
    Path extra = exe(tmp.resolve("custom/py"));

    CandidateScanner scanner = new CandidateScanner(
        Map.of("PATH", bin1 + ":" + bin2 + ":" + bin1, "PYENV_ROOT", root.toString()), tmp.resolve("home"));
    List<Candidate> found = scanner.scan(List.of(extra, p312));

    assertThat(found).containsExactly(
        new Candidate(extra, Candidate.Origin.EXTRA),
        new Candidate(p312, Candidate.Origin.EXTRA),
        new Candidate(pypy, Candidate.Origin.PATH),
        new Candidate(p310, Candidate.Origin.PATH),
        new Candidate(v13, Candidate.Origin.PYENV),
        new Candidate(v9, Candidate.Origin.PYENV));
  }

  @Test
  void pyenvShimsOnPathAreLeftOut(@TempDir Path tmp) throws IOException {
    Path shims = tmp.resolve("shims");
    Path shim = exe(shims.resolve("python3.11"));
    Files.writeString(shim, "#!/usr/bin/env bash\nset -e\nprogram=\"${0##*/}\"\nexport PYENV_ROOT=\"/x/.pyenv\"\n"
        + "exec \"/x/.pyenv/libexec/pyenv\" exec \"$program\" \"$@\"\n");
    Path wrapper = exe(shims.resolve("python3.12"));
    Files.writeString(wrapper, "#!/bin/sh\nexec /usr/bin/python3.12 \"$@\"\n");
    CandidateScanner scanner = new CandidateScanner(Map.of("PATH", shims.toString()), tmp.resolve("home"));
    assertThat(CandidateScanner.isPyenvShim(shim)).isTrue();
    assertThat(scanner.scan(List.of())).containsExactly(new Candidate(wrapper, Candidate.Origin.PATH));
  }

  @Test
  void thePyenvRootDefaultsToTheHomeDirectory(@TempDir Path tmp) {
    CandidateScanner scanner = new CandidateScanner(Map.of("PATH", tmp.toString()), tmp.resolve("home"));
    assertThat(scanner.pyenvRoot()).isEqualTo(tmp.resolve("home/.pyenv"));
    assertThat(scanner.scan(List.of())).isEmpty();
  }

  @Test
  void pyenvRootOutputWinsWhenPyenvIsOnPath(@TempDir Path tmp) throws IOException {
    Path bin = tmp.resolve("bin");
    Path pyenv = exe(bin.resolve("pyenv"));
    Files.writeString(pyenv, "#!/bin/sh\necho " + tmp.resolve("printed") + "\n");
    CandidateScanner scanner =
        new CandidateScanner(Map.of("PATH", bin.toString(), "PYENV_ROOT", "/elsewhere"), tmp.resolve("home"));
    assertThat(scanner.pyenvRoot()).isEqualTo(tmp.resolve("printed"));
  }
}
