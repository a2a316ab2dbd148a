package io.lifeline.real;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What discovery learned about each executable, kept across processes so that a second command starts no
 * interpreter it already knows: a TSV file under {@code $XDG_CACHE_HOME/lifeline/} (default {@code ~/.cache}), one
 * row per candidate path, valid while the executable it resolves to keeps its path, size and modification time
 * (rows of paths that are gone are dropped whenever the file is written).
 *
 * <p>The cache is only ever an optimisation: a file that is missing, corrupt, from another format version or
 * unwritable is ignored (discovery probes again), and a row that does not parse is dropped. Only outcomes that
 * say something lasting are kept: an identity, or a failure of a probe that ran to its end (a non-zero exit,
 * unreadable output); a timeout or a failure to start is tried again next time. Rows are written to a temporary
 * file moved into place, so concurrent commands see the old file or the new, never a torn one.
 */
final class ProbeCache {
  /** System property: the cache file to use instead of the default, or {@code off} for none. */
  static final String FILE_PROPERTY = "lifeline.interpreterCache";
  private static final String HEADER = "# lifeline interpreter cache v1";
  private static final String PROBE = "probe";
  private static final String PYENV_ROOT = "pyenv-root";
  private static final Pattern RELEASE = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(\\S*)");

  private final Path file;
  /** Kind and path -> the row's fields after them: stamp, then the value. Insertion order is file order. */
  private final Map<String, String[]> rows = new LinkedHashMap<>();
  private boolean changed;

  private ProbeCache(Path file) {
    this.file = file;
  }

  /** No cache: every lookup misses, nothing is written. */
  static ProbeCache none() {
    return new ProbeCache(null);
  }

  /** The cache in {@code file}, read now; a file that cannot be read gives an empty cache. */
  static ProbeCache in(Path file) {
    ProbeCache cache = new ProbeCache(file);
    cache.load();
    return cache;
  }

  /** The user's cache: {@link #FILE_PROPERTY}, else {@code $XDG_CACHE_HOME} or {@code ~/.cache}. */
  static ProbeCache fromSystem() {
    String property = System.getProperty(FILE_PROPERTY, "");
    if (property.equals("off")) {
      return none();
    }
    if (!property.isEmpty()) {
      return in(Path.of(property));
    }
    return in(io.lifeline.scenario.CacheFolder.of("interpreters.tsv"));
  }

  // ---------------------------------------------------------------- Probe results

  /** The probe result remembered for {@code candidate}, if its executable is unchanged since. */
  synchronized Optional<Probe.Result> result(Path candidate) {
    String[] value = lookup(PROBE, candidate, stamp(candidate));
    if (value == null) {
      return Optional.empty();
    }
    try {
      if (value[0].equals("failed") && value.length == 2) {
        return Optional.of(Probe.Result.refused(candidate, value[1]));
      }
      if (value[0].equals("ok") && value.length == 6) {
        List<String> flags = value[5].isEmpty() ? List.of() : List.of(value[5].split(" "));
        Identity id = new Identity(value[1], release(value[2]), release(value[3]), Path.of(value[4]), flags);
        return Optional.of(Probe.Result.identified(candidate, id));
      }
    } catch (RuntimeException unreadable) {
      // A row that does not parse is a miss.
    }
    return Optional.empty();
  }

  /** Remembers {@code r} for its candidate, if it is lasting (see the class comment). */
  synchronized void remember(Probe.Result r) {
    String stamp = stamp(r.candidate());
    if (stamp == null || !r.lasting()) {
      return;
    }
    Identity id = r.identity();
    if (id != null) {
      store(PROBE, r.candidate(), stamp, "ok", id.impl(), id.implVersion().toString(), id.python().toString(),
          id.executable().toString(), String.join(" ", id.isolationFlags()));
    } else {
      store(PROBE, r.candidate(), stamp, "failed", r.failure());
    }
  }

  // ---------------------------------------------------------------- pyenv root

  /**
   * What {@code pyenv root} printed for {@code pyenv}, if remembered with the same executable, {@code PYENV_ROOT}
   * and home directory (all it depends on).
   */
  synchronized Optional<Path> pyenvRoot(Path pyenv, String environment) {
    String stamp = stamp(pyenv);
    String[] value = stamp == null ? null : lookup(PYENV_ROOT, pyenv, clean(stamp + "|" + environment));
    return value != null && value.length == 1 ? Optional.of(Path.of(value[0])) : Optional.empty();
  }

  synchronized void rememberPyenvRoot(Path pyenv, String environment, Path root) {
    String stamp = stamp(pyenv);
    if (stamp != null) {
      store(PYENV_ROOT, pyenv, clean(stamp + "|" + environment), root.toString());
    }
  }

  // ---------------------------------------------------------------- The file

  /**
   * Writes the rows if anything changed, leaving out those of paths that no longer exist; failures are ignored
   * (the next command probes again).
   */
  synchronized void save() {
    if (file == null || !changed) {
      return;
    }
    rows.keySet().removeIf(key -> !Files.exists(Path.of(key.substring(key.indexOf('\t') + 1))));
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    rows.forEach((key, fields) -> text.append(key).append('\t').append(String.join("\t", fields)).append('\n'));
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      changed = false;
    } catch (IOException | RuntimeException e) {
      // Unwritable: discovery still worked, it will just be slow again next time.
    }
  }

  private void load() {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return;
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return;
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length >= 4) {
        rows.put(f[0] + "\t" + f[1], Arrays.copyOfRange(f, 2, f.length));
      }
    }
  }

  /** The value fields of the row for {@code kind} and {@code path} whose stamp is {@code stamp}, else null. */
  private String[] lookup(String kind, Path path, String stamp) {
    String[] fields = rows.get(kind + "\t" + clean(path.toString()));
    if (stamp == null || fields == null || !fields[0].equals(stamp)) {
      return null;
    }
    return Arrays.copyOfRange(fields, 1, fields.length);
  }

  private void store(String kind, Path path, String stamp, String... value) {
    List<String> fields = new ArrayList<>();
    fields.add(stamp);
    for (String v : value) {
      fields.add(clean(v));
    }
    rows.put(kind + "\t" + clean(path.toString()), fields.toArray(String[]::new));
    changed = true;
  }

  /** {@code text} fit for one TSV field. */
  private static String clean(String text) {
    return text.replaceAll("[\\t\\n\\r]", " ");
  }

  /**
   * What identifies the executable behind {@code path} for the cache: the file it resolves to, its size and its
   * modification time; null when it cannot be read (then nothing is looked up or stored).
   */
  private static String stamp(Path path) {
    try {
      Path real = path.toRealPath();
      return clean(real + "|" + Files.size(real) + "|" + Files.getLastModifiedTime(real).toMillis());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Release release(String text) {
    Matcher m = RELEASE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a release: " + text);
    }
    return new Release(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
        m.group(4));
  }
}
