package io.lifeline.real;

import io.lifeline.scenario.Budget;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Compiles the GraalPy host (the resource {@code graalpy/LifelineGraalPyHost.java} beside this class) with the
 * install's {@code javac} on first use, and caches it outside the repository: lifeline itself is built for Java 17,
 * and GraalPy's classes need Java 21 or later, so the host cannot be part of lifeline's build.
 *
 * <p>The build is {@code host.jar} and, on JDK 25 or later, {@code host.aot}: a JDK AOT cache made by one training
 * run of the host ({@code -XX:AOTCacheOutput}, the host's {@code probe}, which starts an engine and a context), which
 * holds the classes a host loads already parsed and linked and halves a host's start-up CPU time (4.6 s instead of
 * 10 s of CPU, measured on a loaded machine). The cache needs the class path to be jars only, hence the jar. A
 * failed training only means starting without the cache. Both land in {@code <cache root>/<hash>/}, the hash
 * covering the host's source, the JDK (home and major version) and GraalPy's jars (path, size and modification
 * time, which the JVM checks before it uses an AOT cache: two checkouts on one machine get a host each); a directory
 * appears there only complete (built aside, then renamed), so concurrent first uses by several JVMs are safe. The
 * cache root is {@value #CACHE_PROPERTY}, else
 * {@code $XDG_CACHE_HOME/lifeline/graalpy-host}, else {@code ~/.cache/lifeline/graalpy-host}.
 */
final class GraalPyHostBuild {
  static final String CACHE_PROPERTY = "lifeline.graalpy.cache";
  static final String MAIN_CLASS = "LifelineGraalPyHost";
  private static final String SOURCE_RESOURCE = "graalpy/" + MAIN_CLASS + ".java";
  private static final long COMPILE_LIMIT_SECONDS = 300;

  private GraalPyHostBuild() {}

  static final String JAR = "host.jar";
  /** Part of the hash: a build of another layout (classes without a jar) is never taken for this one. */
  private static final String LAYOUT = "jar, aot trained in place";
  static final String AOT_CACHE = "host.aot";

  /** The folder of the built host ({@link #JAR}, maybe {@link #AOT_CACHE}) for {@code install}, built if not cached. */
  static Path build(GraalPyInstall install) throws IOException, InterruptedException {
    String source = source();
    Path root = cacheRoot();
    Path done = root.resolve(hash(source, install));
    if (Files.isRegularFile(done.resolve(JAR))) {
      return done;
    }
    compileInto(install, source, root, done);
    if (install.jdkMajor() >= 25 && !Files.exists(done.resolve(AOT_CACHE))) {
      train(install, done);
    }
    return done;
  }

  /** Compiles and jars the host aside, then renames it to {@code done}. */
  private static void compileInto(GraalPyInstall install, String source, Path root, Path done)
      throws IOException, InterruptedException {
    Files.createDirectories(root);
    Path work = root.resolve("tmp-" + UUID.randomUUID());
    try {
      Path built = Files.createDirectories(work.resolve("built"));
      Path classes = Files.createDirectories(work.resolve("classes"));
      Path file = work.resolve(MAIN_CLASS + ".java");
      Files.writeString(file, source, StandardCharsets.UTF_8);
      compile(install, file, classes);
      jar(classes, built.resolve(JAR));
      try {
        Files.move(built, done, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        // Another JVM finished first: use its classes.
      } catch (IOException e) {
        if (!Files.isRegularFile(done.resolve(JAR))) {
          throw e;
        }
      }
    } finally {
      RealInterpreterBackend.deleteTree(work);
    }
  }

  private static void compile(GraalPyInstall install, Path file, Path out) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(install.javac().toString(), "-nowarn", "-d", out.toString(),
        "-cp", GraalPyHost.classPath(install.jars()), file.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    TailCapture output = TailCapture.start(p.getInputStream(), 4096, "lifeline-graalpy-javac");
    if (!p.waitFor(COMPILE_LIMIT_SECONDS, TimeUnit.SECONDS)) {
      ProcessTree.kill(p);
      throw new IOException("compiling the GraalPy host took over " + COMPILE_LIMIT_SECONDS + " s");
    }
    output.awaitEnd(java.time.Duration.ofSeconds(2));
    if (p.exitValue() != 0) {
      throw new IOException("compiling the GraalPy host failed: " + output.text().strip());
    }
  }

  private static void jar(Path classes, Path jar) throws IOException {
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
        var files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
  }

  /**
   * One training run of the host in its final folder (the cache records the class path, so the jar must not move
   * after), writing the cache under a temporary name renamed to {@code host.aot}; nothing on failure.
   */
  private static void train(GraalPyInstall install, Path done) throws IOException, InterruptedException {
    Path tmp = done.resolve(AOT_CACHE + "." + UUID.randomUUID() + ".tmp");
    List<String> command = GraalPyHost.command(install, done, Budget.DEFAULT.memoryBytes(),
        "-XX:AOTCacheOutput=" + tmp);
    command.add("probe");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    boolean ok = p.waitFor(COMPILE_LIMIT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isRegularFile(tmp);
    ProcessTree.kill(p);
    if (ok) {
      Files.move(tmp, done.resolve(AOT_CACHE), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.deleteIfExists(tmp);
    Files.deleteIfExists(Path.of(tmp + ".config"));
  }

  private static String source() throws IOException {
    try (InputStream in = GraalPyHostBuild.class.getResourceAsStream(SOURCE_RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + SOURCE_RESOURCE + " missing from lifeline's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String hash(String source, GraalPyInstall install) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((LAYOUT + "\n" + source).getBytes(StandardCharsets.UTF_8));
      sha.update((install.jdk() + "\n" + install.jdkMajor() + "\n").getBytes(StandardCharsets.UTF_8));
      for (Path jar : install.jars()) {
        // The AOT cache is valid only for the class path it was made with, jar by jar (path, size, time): a host
        // trained on another checkout's jars would start without it, at twice the CPU.
        sha.update((jar.toAbsolutePath() + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis()
            + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return "graalpy-" + install.graalpy() + "-jdk" + install.jdkMajor() + "-"
          + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }

  private static Path cacheRoot() {
    String property = System.getProperty(CACHE_PROPERTY, "");
    if (!property.isEmpty()) {
      return Path.of(property);
    }
    return io.lifeline.scenario.CacheFolder.of("graalpy-host");
  }
}
