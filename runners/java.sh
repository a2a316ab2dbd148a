# Sourced by ./lifeline and bench/run: sets java_cmd and java_opts, the JVM that runs lifeline and its options.
#
# java_cmd: $JAVA_HOME/bin/java when JAVA_HOME is set; otherwise the newest JDK of major version 17 or later
# among `java` on the PATH and /usr/lib/jvm/*/bin/java (the in-repo interpreters run 7 to 13% faster on JDK 25
# than on 17). java_opts: the serial collector, which costs the single-threaded dispatch loop least (G1's write
# barrier runs on every reference store; the call- and allocation-heavy benchmarks run 8 to 9% faster).

# The major version of a java binary, from its JDK's release file (no JVM started); empty if unknown.
java_major() {
  local home version
  home="$(dirname "$(dirname "$(readlink -f "$1")")")"
  [ -f "$home/release" ] || return 0
  version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
  echo "$version"
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
