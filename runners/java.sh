# Sourced by ./lifeline and bench/run: sets java_cmd and java_opts, the JVM that runs lifeline and its options.
#
# java_cmd: $JAVA_HOME/bin/java when JAVA_HOME is set; otherwise the newest JDK of major version 17 or later
# among `java` on the PATH and /usr/lib/jvm/*/bin/java (the in-repo interpreters run 7 to 13% faster on JDK 25
# than on 17). java_opts: the serial collector, which costs the single-threaded dispatch loop least (G1's write
# barrier runs on every reference store; the call- and allocation-heavy benchmarks run 8 to 9% faster).

# The JDK home of a java binary (symbolic links resolved).
java_home() {
  local bin
  bin="$(readlink -f "$1")"
  bin="${bin%/*}"
  echo "${bin%/*}"
}

# A field of a JDK's release file (JAVA_VERSION, JAVA_RUNTIME_VERSION), without its quotes; empty if unknown.
# Shell built-ins only: the launcher runs this on every command, where each extra process costs start-up.
release_field() {
  local line
  [ -f "$1/release" ] || return 0
  while IFS= read -r line; do
    case "$line" in "$2="*) line="${line#"$2"=}"; line="${line#\"}"; echo "${line%\"}"; return 0 ;; esac
  done <"$1/release"
}

# The major version of a java binary, from its JDK's release file (no JVM started); empty if unknown.
java_major() {
  local version
  version="$(release_field "$(java_home "$1")" JAVA_VERSION)"
  echo "${version%%[!0-9]*}"
}

pick_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    echo "$JAVA_HOME/bin/java"
    return
  fi
  local best="" best_major=0 candidate major
  for candidate in "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major="$(java_major "$candidate")"
    case "$major" in ''|*[!0-9]*) continue ;; esac
    if [ "$major" -ge 17 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  echo "${best:-java}"
}

java_cmd="$(pick_java)"
java_opts=(-XX:+UseSerialGC)
