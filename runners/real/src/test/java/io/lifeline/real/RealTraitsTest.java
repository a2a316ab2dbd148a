package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealTraitsTest {

  private static Identity cpython(int minor, int micro) {
    Release v = Release.of(3, minor, micro);
    return new Identity("cpython", v, v, Path.of("/x"), List.of("-I"));
  }

  private static Identity pypy(int micro) {
    return new Identity("pypy", Release.of(7, 3, micro), Release.of(3, 10, 14), Path.of("/x"), List.of("-I"));
  }

  private static String traits(Identity id) {
    return RealTraits.of(id).asMap().toString();
  }

  @Test
  void cpythonTraitsFollowTheLanguageVersion() {
    assertThat(traits(cpython(10, 13))).isEqualTo("{impl=cpython, version=3.10.13, python=3.10.13, kind=real,"
        + " reclaim=refcount, pycall=hold, flocals=snapshot, comprehensions=function, frames=eager}");
    assertThat(traits(cpython(11, 0))).contains("pycall=move, flocals=snapshot, comprehensions=function, frames=lazy");
    assertThat(traits(cpython(12, 1))).contains("pycall=move, flocals=snapshot, comprehensions=inlined, frames=lazy");
    assertThat(traits(cpython(13, 0))).contains("pycall=move, flocals=proxy, comprehensions=inlined, frames=lazy");
    assertThat(traits(cpython(14, 0))).contains("flocals=proxy");
  }

  @Test
  void pypyMovesArgumentsFrom7318() {
    assertThat(traits(pypy(17))).isEqualTo("{impl=pypy, version=7.3.17, python=3.10.14, kind=real,"
        + " reclaim=tracing, pycall=hold, flocals=snapshot, comprehensions=function, frames=eager}");
    assertThat(traits(pypy(18))).contains("pycall=move");
  }

  @Test
  void preReleasesKeepTheirSuffixInNamesButCompareByNumber() {
    Release alpha = Release.fromInfo(3, 14, 0, "alpha", 1);
    assertThat(alpha).hasToString("3.14.0a1");
    assertThat(Release.fromInfo(3, 13, 0, "candidate", 2)).hasToString("3.13.0rc2");
    assertThat(alpha.atLeast(3, 14)).isTrue();
    Identity id = new Identity("cpython", alpha, alpha, Path.of("/x"), List.of("-I"));
    assertThat(id.shortName()).isEqualTo("cpython-3.14.0a1");
  }

  @Test
  void onlyPython3CPythonFrom310AndPyPyAreOfInterest() {
    assertThat(RealInterpreters.unsupported(cpython(9, 18), false)).contains("older than 3.10");
    assertThat(RealInterpreters.unsupported(cpython(9, 18), true)).isNull();
    assertThat(RealInterpreters.unsupported(cpython(10, 0), false)).isNull();
    assertThat(RealInterpreters.unsupported(pypy(11), false)).isNull();
    Identity graal = new Identity("graalpy", Release.of(24, 1, 0), Release.of(3, 11, 7), Path.of("/x"), List.of());
    assertThat(RealInterpreters.unsupported(graal, true)).contains("unsupported implementation graalpy");
  }
}
