package io.lifeline.real;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every process one run started: the root process lifeline launched and all its descendants, including those
 * that left its tree (a double fork, {@code setsid}, {@code start_new_session=True}). {@link #end} kills them all,
 * however the run ended.
 *
 * <p>How a run's processes are found, without privileges (Linux {@code /proc}; elsewhere only the root's own
 * descendants are reached):
 *
 * <ul>
 *   <li>the root starts in a session of its own ({@code setsid}, from util-linux, execs in place because a process
 *       Java spawns is never a group leader), so every process it forks shares its session id until one calls
 *       {@code setsid} itself;
 *   <li>the root's environment carries {@link #MARKER_VARIABLE}{@code =<unique marker>}, which every descendant
 *       inherits unless it replaces its environment, so a process that left the session is still recognised.
 * </ul>
 *
 * A process that both leaves the session and drops the marker escapes. A cgroup would not, but cgroups are not
 * writable for an unprivileged user, and a child subreaper would leave killed orphans as zombies of the JVM.
 *
 * <p>The sweep kills repeatedly until a scan of {@code /proc} finds nothing of the run alive, so a process that
 * forks while being swept (a fork bomb) is caught by a later round, within {@link #SWEEP_LIMIT}. Zombies are
 * dead already and are skipped. Thread-safe: each instance belongs to one run; the sweep reads only {@code /proc}.
 */
public final class RunProcesses {
  /** The environment variable that tags each process of a run; its value is unique per run. */
  public static final String MARKER_VARIABLE = "LIFELINE_RUN";
  /**
   * How every marker this JVM hands out starts ({@code lifeline-<pid>-}), so that the processes of this JVM's runs
   * can be told from those of another lifeline on the same machine.
   */
  public static final String MARKER_PREFIX = "lifeline-" + ProcessHandle.current().pid() + "-";
  /** How long a sweep keeps killing before it gives up on what is left (a process stuck in the kernel). */
  static final Duration SWEEP_LIMIT = Duration.ofSeconds(5);

  private static final Path PROC = Path.of("/proc");
  private static final Optional<Path> SETSID = findSetsid();

  private final Process root;
  private final byte[] marker;
  private final long session;
  private final long startTicks;
  private final AtomicBoolean ended = new AtomicBoolean();

  private RunProcesses(Process root, String marker, long session, long startTicks) {
    this.root = root;
    this.marker = (MARKER_VARIABLE + "=" + marker).getBytes(StandardCharsets.UTF_8);
    this.session = session;
    this.startTicks = startTicks;
  }

  /**
   * Starts {@code builder}'s command as the root of a new run: in a session of its own when {@code setsid} is
   * installed, with a fresh marker in its environment. The builder's command is changed accordingly.
   */
  public static RunProcesses start(ProcessBuilder builder) throws IOException {
    String marker = MARKER_PREFIX + UUID.randomUUID();
    builder.environment().put(MARKER_VARIABLE, marker);
    if (SETSID.isPresent()) {
      List<String> command = new ArrayList<>();
      command.add(SETSID.get().toString());
      command.addAll(builder.command());
      builder.command(command);
    }
    Process process = builder.start();
    Optional<Stat> stat = Stat.read(process.pid());
    long session = SETSID.isPresent() ? process.pid() : -1;
    // The root may have exited already; then its descendants started no earlier than lifeline saw it start.
    long start = stat.map(Stat::startTicks).orElse(0L);
    return new RunProcesses(process, marker, session, start);
  }

  /** The process lifeline launched. */
  public Process root() {
    return root;
  }

  /** Kills the root, waits for it to be reaped, then kills everything else of the run. Only the first call acts. */
  public void end() {
    if (ended.getAndSet(true)) {
      return;
    }
    // Without /proc only the tree is reachable, and only while the root lives: once it dies, its children are
    // re-parented and no longer its descendants.
    List<ProcessHandle> tree = Files.isDirectory(PROC) ? List.of() : descendants();
    // The root first, so it cannot start replacements for what the sweep kills.
    if (root.isAlive()) {
      root.destroyForcibly();
      try {
        root.waitFor(SWEEP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (Files.isDirectory(PROC)) {
      sweep();
    } else {
      tree.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private List<ProcessHandle> descendants() {
    try {
      return root.descendants().toList();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private void sweep() {
    long deadline = System.nanoTime() + SWEEP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<Long> alive = members();
      if (alive.isEmpty()) {
        return;
      }
      alive.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
      // SIGKILL is asynchronous: give the killed a moment to die before the next scan looks for them.
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // Kept for the caller; the sweep still finishes.
      }
    }
  }

  /** The pids of the run's live processes, found by one scan of {@code /proc}. */
  private List<Long> members() {
    List<Long> found = new ArrayList<>();
    long self = ProcessHandle.current().pid();
    try (var entries = Files.newDirectoryStream(PROC)) {
      for (Path entry : entries) {
        long pid = pidOf(entry.getFileName().toString());
        if (pid <= 0 || pid == self) {
          continue;
        }
        Optional<Stat> stat = Stat.read(pid);
        if (stat.isEmpty() || stat.get().zombie() || stat.get().startTicks() < startTicks) {
          continue;
        }
        if ((session > 0 && stat.get().session() == session) || carriesMarker(pid)) {
          found.add(pid);
        }
      }
    } catch (IOException | RuntimeException e) {
      // /proc unreadable: nothing more can be found.
    }
    return found;
  }

  private boolean carriesMarker(long pid) {
    byte[] environ;
    try {
      environ = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return containsEntry(environ, marker);
  }

  /** Whether {@code environ} (NUL-separated {@code NAME=value} entries) holds exactly {@code entry}. */
  static boolean containsEntry(byte[] environ, byte[] entry) {
    int i = 0;
    while (i < environ.length) {
      int end = i;
      while (end < environ.length && environ[end] != 0) {
        end++;
      }
      if (end - i == entry.length && Arrays.equals(environ, i, end, entry, 0, entry.length)) {
        return true;
      }
      i = end + 1;
    }
    return false;
  }

  private static long pidOf(String name) {
    if (name.isEmpty() || name.length() > 10) {
      return -1;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isDigit(name.charAt(i))) {
        return -1;
      }
    }
    return Long.parseLong(name);
  }

  private static Optional<Path> findSetsid() {
    for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
      Path p = Path.of(dir, "setsid");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The fields of {@code /proc/PID/stat} a sweep needs (proc(5)). */
  record Stat(char state, long session, long startTicks) {
    boolean zombie() {
      return state == 'Z' || state == 'X';
    }

    static Optional<Stat> read(long pid) {
      byte[] text;
      try {
        text = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("stat"));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
      // The command name (field 2) is in parentheses and may hold spaces and ')'; fields resume after the last ')'.
      int i = text.length - 1;
      while (i >= 0 && text[i] != ')') {
        i--;
      }
      // text[i + 2] starts field 3 (state); session is field 6, starttime field 22.
      int field = 3;
      int at = i + 2;
      long session = -1;
      for (int j = at; j < text.length && i >= 0; j++) {
        if (text[j] == ' ') {
          field++;
          if (field == 6) {
            session = number(text, j + 1);
          } else if (field == 22) {
            return Optional.of(new Stat((char) text[at], session, number(text, j + 1)));
          }
        }
      }
      return Optional.empty();
    }

    private static long number(byte[] text, int from) {
      long n = 0;
      for (int k = from; k < text.length && text[k] >= '0' && text[k] <= '9'; k++) {
        n = n * 10 + (text[k] - '0');
      }
      return n;
    }
  }
}
