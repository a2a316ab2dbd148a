# Sourced by ./lifeline and bench/run: sets java_cmd and java_opts, the JVM that runs lifeline and its options.
#
# java_cmd: $JAVA_HOME/bin/java when JAVA_HOME is set; otherwise the newest JDK of major version 17 or later
# among `java` on the PATH and /usr/lib/jvm/*/bin/java (the in-repo interpreters run 7 to 13% faster on JDK 25
# than on 17). java_opts: the serial collector, which costs the single-threaded dispatch loop least (G1's write
# barrier runs on every reference store; the call- and allocation-heavy benchmarks run 8 to 9% faster), with a
# young generation of 24 MB instead of the default third of the initial heap (about 120 MB): a model allocates
# 1 to 2 GB/s of short-lived objects, and an eden that stays in the cache costs less to allocate into than one
# that never does, while a minor collection copies only the few MB that live (bench/whole's heavy programs ran
# 7 to 13% faster whole-process; the one-line run and the cases corpus within the noise: see README, "Second
# pass"); and the JIT's compile thresholds scaled by 3 (-XX:CompileThresholdScaling=3): a method is compiled after
# three times as many calls and loops, so a short command's C1 and C2 threads do not take the second core from
# the run with start-up code they will never need again (the one-liner 13 ms faster, 30 ms less CPU, idle, medians
# of 9), while the heavy programs, whose hot loops still reach C2 within their first tenth of a second, ran as fast
# or faster (README, "Sixth start-up pass").
#
# Every command pays for what runs here, so the helpers use shell built-ins and set globals rather than print
# into $(...), which forks: only a java on the PATH that links to a JDK outside /usr/lib/jvm costs one readlink.

# Sets java_home_of to the JDK home of a java binary (symbolic links resolved).
find_java_home() {
  local bin="$1"
  if [ -L "$bin" ]; then
    bin="$(readlink -f "$bin")"
  fi
  bin="${bin%/*}"
  java_home_of="${bin%/*}"
}

# Sets release_value to a field of a JDK's release file (JAVA_VERSION, JAVA_RUNTIME_VERSION), without its quotes;
# empty if unknown.
read_release_field() {
  local line
  release_value=""
  [ -f "$1/release" ] || return 0
  while IFS= read -r line; do
    case "$line" in "$2="*) line="${line#"$2"=}"; line="${line#\"}"; release_value="${line%\"}"; return 0 ;; esac
  done <"$1/release"
}

# Sets java_major_of to the major version of a java binary, from its JDK's release file (no JVM started); empty
# if unknown.
find_java_major() {
  find_java_home "$1"
  read_release_field "$java_home_of" JAVA_VERSION
  java_major_of="${release_value%%[!0-9]*}"
}

# The major version of a java binary, printed (for scripts that want it in $(...)).
java_major() {
  find_java_major "$1"
  echo "$java_major_of"
}

# Sets on_path_java to the first java on the PATH (as `command -v java` finds it, without the fork of a $(...));
# empty if none.
find_java_on_path() {
  local dirs dir
  on_path_java=""
  IFS=: read -r -a dirs <<<"$PATH"
  for dir in "${dirs[@]}"; do
    [ -n "$dir" ] || dir=.
    if [ -f "$dir/java" ] && [ -x "$dir/java" ]; then
      on_path_java="$dir/java"
      return 0
    fi
  done
}

# find_java_major, but a symbolic link to one of /usr/lib/jvm's JDKs (/usr/bin/java through the alternatives) is
# read as that JDK without the readlink that would fork.
find_candidate_major() {
  local same
  if [ -L "$1" ]; then
    for same in /usr/lib/jvm/*/bin/java; do
      if [ ! -L "$same" ] && [ "$1" -ef "$same" ]; then
        find_java_major "$same"
        return 0
      fi
    done
  fi
  find_java_major "$1"
}

pick_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java_cmd="$JAVA_HOME/bin/java"
    return
  fi
  local best="" best_major=0 candidate
  find_java_on_path
  for candidate in "$on_path_java" /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    find_candidate_major "$candidate"
    case "$java_major_of" in ''|*[!0-9]*) continue ;; esac
    if [ "$java_major_of" -ge 17 ] && [ "$java_major_of" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$java_major_of"
    fi
  done
  java_cmd="${best:-java}"
}

pick_java
java_opts=(-XX:+UseSerialGC -Xmn24m -XX:CompileThresholdScaling=3)
