import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The build step that makes the opcode table (bytecode.Opcode) the single source of truth: it compiles the
 * bytecode package on its own (it names no other package), reads the table, and writes two sources that the
 * interpreter compiles with its own: {@code bytecode/Op.java}, every opcode's ordinal as a compile-time constant
 * for the dispatch loop's switch, and {@code vm/Instructions.java}, the abstract declaration of every shared
 * handler ({@code Exec.SHARED}, {@code Exec.SHARED_JUMP}) that VM must implement, so a table row without its
 * handler, or a handler of the wrong shape, does not compile. Run by Maven (exec-maven-plugin, phase
 * generate-sources) as {@code java GenerateFromOpcodeTable.java SRC_MAIN_JAVA OUT_DIR}; a file whose text is
 * unchanged is not rewritten, so incremental builds stay incremental.
 */
public final class GenerateFromOpcodeTable {
  private static final String PKG = "io.lifeline.interpreter";

  public static void main(String[] args) throws Exception {
    Path src = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Object[] table = readTable(src, out.resolveSibling(out.getFileName() + "-classes"));
    write(out.resolve("io/lifeline/interpreter/bytecode/Op.java"), op(table));
    write(out.resolve("io/lifeline/interpreter/vm/Instructions.java"), instructions(table));
  }

  /** The Opcode constants, from the bytecode package compiled into {@code classes}. */
  private static Object[] readTable(Path src, Path classes) throws Exception {
    Path pkg = src.resolve("io/lifeline/interpreter/bytecode");
    List<String> files;
    try (Stream<Path> s = Files.list(pkg)) {
      files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String[] javacArgs = Stream.concat(Stream.of("-d", classes.toString(), "-nowarn"), files.stream())
        .toArray(String[]::new);
    if (javac.run(null, null, null, javacArgs) != 0) {
      throw new IllegalStateException("the bytecode package does not compile");
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      Class<?> opcode = loader.loadClass(PKG + ".bytecode.Opcode");
      return opcode.getEnumConstants();
    }
  }

  private static String op(Object[] table) {
    StringBuilder sb = new StringBuilder();
    sb.append("package ").append(PKG).append(".bytecode;\n\n");
    sb.append("/**\n * Generated from {@link Opcode} by build/GenerateFromOpcodeTable.java: do not edit. Each opcode's ordinal as a\n"
        + " * compile-time constant, for the dispatch loop's switch on {@code PyCode.ops} (a switch on the enum reads\n"
        + " * the ordinal and javac's switch map per instruction).\n */\n");
    sb.append("public final class Op {\n  private Op() {}\n\n");
    for (Object o : table) {
      Enum<?> e = (Enum<?>) o;
      sb.append("  public static final int ").append(e.name()).append(" = ").append(e.ordinal()).append(";\n");
    }
    return sb.append("}\n").toString();
  }

  private static String instructions(Object[] table) throws Exception {
    Class<?> type = table[0].getClass();
    Method shared = type.getMethod("hasSharedHandler");
    Method branches = type.getMethod("handlerBranches");
    Method name = type.getMethod("handlerName");
    Method doc = type.getMethod("doc");
    StringBuilder sb = new StringBuilder();
    sb.append("package ").append(PKG).append(".vm;\n\n");
    sb.append("import ").append(PKG).append(".object.Frame;\n\n");
    sb.append("/**\n * Generated from the opcode table ({@code bytecode.Opcode}) by build/GenerateFromOpcodeTable.java: do not\n"
        + " * edit. The instructions the dispatch loop and compiled code ({@link Jit}) share, one method each, taking the\n"
        + " * frame, the instruction's index and its argument; a conditional jump returns true when it branches to its\n"
        + " * argument. {@link VM} implements them.\n */\n");
    sb.append("abstract class Instructions extends VmPart {\n");
    sb.append("  Instructions(Interp in) {\n    super(in);\n  }\n");
    for (Object o : table) {
      if (!(boolean) shared.invoke(o)) {
        continue;
      }
      sb.append("\n  /** ").append(((Enum<?>) o).name()).append(": ").append(escape((String) doc.invoke(o)))
          .append(". */\n");
      sb.append("  abstract ").append((boolean) branches.invoke(o) ? "boolean " : "void ").append(name.invoke(o))
          .append("(Frame f, int pc, int arg);\n");
    }
    return sb.append("}\n").toString();
  }

  private static String escape(String doc) {
    return doc.replace("*/", "*&#47;").replace("@", "{@literal @}");
  }

  private static void write(Path file, String text) throws IOException {
    if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
