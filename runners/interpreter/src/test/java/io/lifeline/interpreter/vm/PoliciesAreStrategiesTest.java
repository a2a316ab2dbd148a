package io.lifeline.interpreter.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The policies the VM consults on hot or many paths (calls, star calls, __init__ calls, frames, f_locals,
 * exc_info, generator close) are strategies chosen once per interpreter: their values are read only where the
 * strategies are made (VM's constructor and {@code CallingConvention.of}), and no code of the VM compares them.
 */
class PoliciesAreStrategiesTest {
  private static final Path VM_SOURCES = Path.of("src/main/java/io/lifeline/interpreter/vm");
  private static final Pattern READ =
      Pattern.compile("policies(?:\\(\\))?\\.(pycall|starCalls|initCalls|flocals|frames|excInfo|genClose)\\(\\)");
  private static final Pattern COMPARED =
      Pattern.compile("Policies\\.(?:CallConvention|StarCalls|InitCalls|FLocals|Frames|ExcInfo|GenClose)\\.[A-Z]");

  @Test
  void onlyTheStrategyFactoriesReadThePolicies() throws IOException {
    List<String> readers = new ArrayList<>();
    TreeSet<String> read = new TreeSet<>();
    for (Path p : sources()) {
      for (String line : code(p)) {
        Matcher m = READ.matcher(line);
        while (m.find()) {
          readers.add(p.getFileName().toString());
          read.add(m.group(1));
        }
      }
    }
    assertThat(read).containsExactly("excInfo", "flocals", "frames", "genClose", "initCalls", "pycall",
        "starCalls");
    assertThat(readers).isNotEmpty()
        .allMatch(f -> f.equals("VM.java") || f.equals("CallingConvention.java"), "VM or CallingConvention");
  }

  @Test
  void noCodeOfTheVmComparesThePolicies() throws IOException {
    List<String> comparisons = new ArrayList<>();
    for (Path p : sources()) {
      for (String line : code(p)) {
        if (COMPARED.matcher(line).find()) {
          comparisons.add(p.getFileName() + ": " + line.trim());
        }
      }
    }
    assertThat(comparisons).isEmpty();
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.list(VM_SOURCES)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      assertThat(list).isNotEmpty();
      return list;
    }
  }

  /** The lines of {@code p} that are not comments. */
  private static List<String> code(Path p) throws IOException {
    return Files.readAllLines(p).stream().filter(l -> {
      String t = l.trim();
      return !t.startsWith("*") && !t.startsWith("/*") && !t.startsWith("//");
    }).toList();
  }
}
