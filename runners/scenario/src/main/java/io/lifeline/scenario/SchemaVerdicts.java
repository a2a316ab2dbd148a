package io.lifeline.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Scenario texts already found to meet the schema, remembered across processes, so that loading an unchanged
 * scenario again skips {@link ScenarioSchema}: compiling the JSON Schema validator is about a quarter of the CPU
 * time of a one-scenario run, paid again on every run of a scenario being written.
 *
 * <p>A verdict is an empty file named by the SHA-256 of the scenario's text, in a folder named by the SHA-256 of
 * the schema itself ({@code $XDG_CACHE_HOME/lifeline/schema-verdicts/SCHEMA/TEXT}, default {@code ~/.cache}), so a
 * changed schema starts from nothing. Only texts with no schema violation are remembered: a broken file is checked,
 * and reported, on every load. Everything past the schema (the semantic checks, includes) runs on every load.
 *
 * <p>Only ever an optimisation: a folder that cannot be read or written means checking again, never an error.
 * Thread-safe (the file system is the only state).
 */
final class SchemaVerdicts {
  /** System property: the folder to keep verdicts in instead of the default, or {@code off} for none. */
  static final String PROPERTY = "lifeline.schemaCache";

  private static final HexFormat HEX = HexFormat.of();

  /** The folder of this schema's verdicts; null: remember nothing. */
  private final Path folder;

  private SchemaVerdicts(Path folder) {
    this.folder = folder;
  }

  /** The user's verdicts, per {@link #PROPERTY} or {@code $XDG_CACHE_HOME}; read lazily, once per JVM. */
  static SchemaVerdicts fromSystem() {
    return FromSystem.INSTANCE;
  }

  /** Verdicts kept under {@code base} (a folder per schema below it). */
  static SchemaVerdicts in(Path base) {
    byte[] schema = schemaBytes();
    return new SchemaVerdicts(schema == null ? null : base.resolve(sha256(schema)));
  }

  /** Remembers nothing. */
  static SchemaVerdicts none() {
    return new SchemaVerdicts(null);
  }

  /** Whether {@code text} was found to meet this schema before. */
  boolean knownValid(String text) {
    return folder != null && Files.isRegularFile(folder.resolve(sha256(text.getBytes(StandardCharsets.UTF_8))));
  }

  /** Remembers that {@code text} meets this schema. */
  void rememberValid(String text) {
    if (folder == null) {
      return;
    }
    try {
      Files.createDirectories(folder);
      Path mark = folder.resolve(sha256(text.getBytes(StandardCharsets.UTF_8)));
      if (!Files.exists(mark)) {
        Files.createFile(mark);
      }
    } catch (IOException | RuntimeException e) {
      // Not remembered: checked again next time.
    }
  }

  private static byte[] schemaBytes() {
    try (InputStream in = SchemaVerdicts.class.getResourceAsStream(ScenarioSchema.RESOURCE)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The instance {@link #fromSystem} gives, made on first use. */
  private static final class FromSystem {
    static final SchemaVerdicts INSTANCE = make();

    private static SchemaVerdicts make() {
      String property = System.getProperty(PROPERTY, "");
      if (property.equals("off")) {
        return none();
      }
      if (!property.isEmpty()) {
        return in(Path.of(property));
      }
      return in(CacheFolder.of("schema-verdicts"));
    }
  }
}
