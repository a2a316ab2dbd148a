import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step of the CLI jar (runners/cli/pom.xml, process-classes): copies the named dependency jars into the
 * module's classes with every class file older than Java 6 rewritten as a Java 8 class file, stack map frames
 * computed by ASM. The shaded jar then takes these copies instead of the original jars.
 *
 * <p>Why: picocli and ASM ship Java 5 class files. The JVM's class-data cache (the launcher's AOT cache or AppCDS
 * archive) cannot hold class files older than Java 6, and the JVM checks them with the old type-inferring
 * verifier, so every command paid for parsing and verifying picocli again (about a sixth of a one-scenario run).
 * The bytecode is unchanged: only the version and the frames the newer verifier needs.
 *
 * <p>Usage: {@code java -cp CLASSPATH UpgradeOldClassFiles.java OUTPUT_DIR JAR_NAME_PREFIX...}; the jars are the
 * class path entries whose file names start with a prefix followed by a version ({@code picocli-4.7.6.jar}).
 */
public final class UpgradeOldClassFiles {
  private static final int JAVA_6 = 50;

  public static void main(String... args) throws IOException {
    Path out = Path.of(args[0]);
    List<String> prefixes = Arrays.asList(args).subList(1, args.length);
    List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(Path::of).toList();
    List<Path> jars = new ArrayList<>();
    for (Path p : classPath) {
      String name = p.getFileName().toString();
      if (name.endsWith(".jar") && prefixes.stream().anyMatch(x -> name.matches(java.util.regex.Pattern.quote(x)
          + "-[0-9].*"))) {
        jars.add(p);
      }
    }
    if (jars.size() != prefixes.size()) {
      throw new IllegalStateException("expected one jar per prefix " + prefixes + " on the class path, found " + jars);
    }
    URL[] urls = classPath.stream().map(UpgradeOldClassFiles::url).toArray(URL[]::new);
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      for (Path jar : jars) {
        int upgraded = copy(jar, out, loader);
        System.out.println("UpgradeOldClassFiles: " + jar.getFileName() + ": " + upgraded
            + " class files rewritten as Java 8");
      }
    }
  }

  /** Copies the jar's classes and resources (not its manifest, signatures or module descriptor) under out. */
  private static int copy(Path jar, Path out, ClassLoader loader) throws IOException {
    int upgraded = 0;
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry e : java.util.Collections.list(file.entries())) {
        String name = e.getName();
        if (e.isDirectory() || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
          continue;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream(e)) {
          bytes = in.readAllBytes();
        }
        if (name.endsWith(".class") && majorVersion(bytes) < JAVA_6) {
          bytes = upgrade(bytes, loader);
          upgraded++;
        }
        Path target = out.resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
      }
    }
    return upgraded;
  }

  private static int majorVersion(byte[] classFile) {
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }

  /** The same class as a Java 8 class file: version raised, frames computed (the class has no JSR/RET). */
  private static byte[] upgrade(byte[] classFile, ClassLoader loader) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected ClassLoader getClassLoader() {
        return loader;
      }
    };
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName,
          String[] interfaces) {
        super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
      }
    }, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }

  private static URL url(Path p) {
    try {
      return p.toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
