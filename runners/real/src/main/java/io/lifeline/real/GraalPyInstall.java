package io.lifeline.real;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Where GraalPy can run on this machine: GraalPy's jars (taken from Maven Central by the build into
 * {@code runners/graalpy/target/lib}) and a JDK 21 or later to run its host on. Finding it reads files only; it
 * starts no JVM.
 *
 * <p>The jars: the system property {@value #LIB_PROPERTY}, else {@code <lifeline.root>/runners/graalpy/target/lib}.
 * The JDK, the newest of major version 21 or later (with {@code javac}, since the host is compiled on first use):
 * the system property {@value #JDK_PROPERTY}, else the newest of {@code JAVA_HOME}, the JVM running lifeline and
 * {@code /usr/lib/jvm/*}. The system property {@value #SWITCH_PROPERTY}{@code =off} leaves GraalPy out (the build's
 * tests set it, so only the tests written for GraalPy start it).
 *
 * @param jdk the JDK home the host runs on
 * @param jdkMajor its major version
 * @param lib the folder of GraalPy's jars
 * @param graalpy GraalPy's release (the version of its {@code python-language} jar)
 * @param python the Python version it implements
 */
record GraalPyInstall(Path jdk, int jdkMajor, Path lib, Release graalpy, Release python) {
  static final String LIB_PROPERTY = "lifeline.graalpy.lib";
  static final String JDK_PROPERTY = "lifeline.graalpy.jdk";
  static final String SWITCH_PROPERTY = "lifeline.graalpy";
  static final int MIN_JDK = 21;
  private static final Pattern LANGUAGE_JAR = Pattern.compile("python-language-(\\d+\\.\\d+\\.\\d+)\\.jar");
  /**
   * The resource of the {@code python-language} jar holding the versions, one character each: Python's major,
   * minor and micro, then GraalPy's; each is the number plus {@code '!'} (33). Read as GraalPy 25.0.2's
   * {@code $-):!#0} and checked against {@code sys.version_info} by {@code GraalPyBackendTest}.
   */
  private static final String VERSIONS_RESOURCE = "graalpy_versions";

  /** The result of looking: an install, or why there is none. */
  record Found(Optional<GraalPyInstall> install, String note) {}

  /** GraalPy as this machine's properties and environment place it; never throws. */
  static Found find() {
    if ("off".equals(System.getProperty(SWITCH_PROPERTY, ""))) {
      return new Found(Optional.empty(), "GraalPy left out (" + SWITCH_PROPERTY + "=off)");
    }
    Path lib = Path.of(System.getProperty(LIB_PROPERTY,
        Path.of(System.getProperty("lifeline.root", "."), "runners", "graalpy", "target", "lib").toString()))
        .toAbsolutePath().normalize();
    return find(lib, jdkCandidates());
  }

  /** GraalPy from {@code lib}, hosted by the newest suitable JDK among {@code jdks}; never throws. */
  static Found find(Path lib, List<Path> jdks) {
    Optional<Path> jar = languageJar(lib);
    if (jar.isEmpty()) {
      return new Found(Optional.empty(), "no GraalPy: its jars are not in " + lib
          + " (the build copies them there from Maven Central: ./mvnw package -pl runners/graalpy)");
    }
    Matcher m = LANGUAGE_JAR.matcher(jar.get().getFileName().toString());
    m.matches();
    String[] parts = m.group(1).split("\\.");
    Release graalpy = Release.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    Optional<Release> python = pythonVersion(jar.get());
    if (python.isEmpty()) {
      return new Found(Optional.empty(), "no GraalPy: cannot read the Python version from " + jar.get());
    }
    Optional<Path> jdk = jdks.stream().filter(j -> major(j) >= MIN_JDK && Files.isExecutable(j.resolve("bin/javac")))
        .max(Comparator.comparingInt(GraalPyInstall::major));
    if (jdk.isEmpty()) {
      return new Found(Optional.empty(), "no GraalPy: GraalPy " + graalpy + " needs a JDK " + MIN_JDK
          + " or later, and none was found (looked at -D" + JDK_PROPERTY + ", JAVA_HOME, the JVM running lifeline"
          + " and /usr/lib/jvm); install one, or set JAVA_HOME to it");
    }
    GraalPyInstall install = new GraalPyInstall(jdk.get(), major(jdk.get()), lib, graalpy, python.get());
    return new Found(Optional.of(install), "real:graalpy-" + graalpy + ": GraalPy " + graalpy + " (Python "
        + python.get() + ") from Maven Central in " + lib + ", hosted on JDK " + install.jdkMajor() + " at "
        + jdk.get());
  }

  /** {@code <jdk>/bin/java}. */
  Path java() {
    return jdk.resolve("bin").resolve("java");
  }

  /** {@code <jdk>/bin/javac}. */
  Path javac() {
    return jdk.resolve("bin").resolve("javac");
  }

  /** Every jar of GraalPy, sorted by name: the host's class path. */
  List<Path> jars() throws IOException {
    try (Stream<Path> files = Files.list(lib)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
    }
  }

  private static List<Path> jdkCandidates() {
    List<Path> out = new ArrayList<>();
    String explicit = System.getProperty(JDK_PROPERTY, "");
    if (!explicit.isEmpty()) {
      return List.of(Path.of(explicit));
    }
    String javaHome = System.getenv("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) {
      out.add(Path.of(javaHome));
    }
    out.add(Path.of(System.getProperty("java.home")));
    try (Stream<Path> dirs = Files.list(Path.of("/usr/lib/jvm"))) {
      dirs.sorted().forEach(out::add);
    } catch (IOException | RuntimeException e) {
      // No /usr/lib/jvm: the other places only.
    }
    return out;
  }

  /** The major version in {@code <jdk>/release} ({@code JAVA_VERSION="25.0.1"}), or 0 if unknown. */
  static int major(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          Matcher m = Pattern.compile("(\\d+).*").matcher(v);
          return m.matches() ? Integer.parseInt(m.group(1)) : 0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not a JDK.
    }
    return 0;
  }

  private static Optional<Path> languageJar(Path lib) {
    try (Stream<Path> files = Files.list(lib)) {
      return files.filter(p -> LANGUAGE_JAR.matcher(p.getFileName().toString()).matches()).findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Release> pythonVersion(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      var entry = zip.getEntry(VERSIONS_RESOURCE);
      if (entry == null) {
        return Optional.empty();
      }
      try (InputStream in = zip.getInputStream(entry)) {
        byte[] b = in.readNBytes(3);
        return b.length < 3 ? Optional.empty() : Optional.of(Release.of(b[0] - '!', b[1] - '!', b[2] - '!'));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
