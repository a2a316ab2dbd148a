package io.lifeline.reports.allure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The files an Allure results folder gets once per run, beside the test results: {@code categories.json} (a copy
 * of {@code reports/categories.json}, bundled in this jar) and {@code environment.properties} (the backends and
 * the real interpreters' versions).
 */
public final class AllureRunFiles {
  private AllureRunFiles() {}

  /** Writes both files into {@code resultsDir}; {@code backends} maps each backend's name to its traits. */
  public static void write(Path resultsDir, Map<String, Map<String, String>> backends) {
    try {
      Files.createDirectories(resultsDir);
      try (InputStream in = AllureRunFiles.class.getResourceAsStream("categories.json")) {
        if (in != null) {
          Files.copy(in, resultsDir.resolve("categories.json"), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.writeString(resultsDir.resolve("environment.properties"), environment(backends), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code backends=<names>}, then per backend {@code <name>=<impl> <version> (<kind>[, python <python>])}, then the
   * Java and OS the run used.
   */
  static String environment(Map<String, Map<String, String>> backends) {
    StringBuilder sb = new StringBuilder();
    sb.append("backends=").append(escape(String.join(", ", backends.keySet()), false)).append('\n');
    backends.forEach((name, traits) -> {
      StringBuilder v = new StringBuilder();
      v.append(traits.getOrDefault("impl", "?")).append(' ').append(traits.getOrDefault("version", "?"));
      v.append(" (").append(traits.getOrDefault("kind", "?"));
      if (traits.containsKey("python") && !traits.get("python").equals(traits.get("version"))) {
        v.append(", python ").append(traits.get("python"));
      }
      v.append(')');
      sb.append(escape(name, true)).append('=').append(escape(v.toString(), false)).append('\n');
    });
    sb.append("java=").append(escape(System.getProperty("java.version", "?"), false)).append('\n');
    sb.append("os=").append(escape(System.getProperty("os.name", "?") + " " + System.getProperty("os.arch", ""),
        false)).append('\n');
    return sb.toString();
  }

  /** Escapes for a .properties file: keys also escape ':', '=' and spaces. */
  private static String escape(String s, boolean key) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\\' || (key && (c == ':' || c == '=' || c == ' ' || c == '#' || c == '!'))) {
        sb.append('\\');
      }
      if (c == '\n') {
        sb.append("\\n");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
