#!/usr/bin/env bash
# Measures the production jar's start-up to the first HTTP 200 on /, as docs/benchmarks.md reports it:
# three starts in a fresh folder (empty ./data: the bundled guides are imported and the classifier trained), then
# three restarts on the data the first left behind. Prints wall seconds and the java process's CPU seconds
# (user + system) at the moment of the first 200.
#
#   ./mvnw -Pproduction package -DskipTests && docs/measure-startup.sh [runs] [-- extra java options]
#   JAR=target/run/app/passerelle-0.1.0-SNAPSHOT.jar docs/measure-startup.sh 3 -- -XX:AOTCache=target/run/passerelle.aot
# (the second: the extracted jar and start-up cache that ./run builds, on JDK 25)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
[ "${1:-}" = "--" ] && shift
extra=("$@")
java="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
jar=$(realpath "${JAR:-$(ls "$PWD"/target/passerelle-*.jar | head -n 1)}")
port=${PORT:-18181}
ticks=$(getconf CLK_TCK)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

start_once() { # $1: folder to run in; prints "wall cpu"
  local dir=$1 begin pid status now cpu
  begin=$(date +%s.%N)
  (cd "$dir" && exec "$java" "${extra[@]}" -jar "$jar" --server.port="$port" >"$dir/log.txt" 2>&1) &
  pid=$!
  for _ in $(seq 1 6000); do # at most 600 s: a busy machine is slow
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)
    if [ "$status" = 200 ]; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the server stopped; see its log:" >&2; tail -20 "$dir/log.txt" >&2; exit 1; fi
    sleep 0.1
  done
  now=$(date +%s.%N)
  cpu=$(awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ "$status" = 200 ] || { echo "no HTTP 200 within 600 s" >&2; exit 1; }
  awk -v a="$begin" -v b="$now" -v c="$cpu" 'BEGIN { printf "%.1f %s\n", b - a, c }'
}

load() { cut -d' ' -f1 /proc/loadavg; } # the machine's 1-minute load average, printed beside each start
printf '%-10s %-4s %-8s %-8s %-6s\n' case run wall_s cpu_s load
for i in $(seq 1 "$runs"); do
  dir="$work/fresh-$i"; mkdir -p "$dir"; cp -r knowledge-base "$dir/"
  read -r wall cpu < <(start_once "$dir")
  printf '%-10s %-4s %-8s %-8s %-6s\n' fresh "$i" "$wall" "$cpu" "$(load)"
done
for i in $(seq 1 "$runs"); do
  read -r wall cpu < <(start_once "$work/fresh-1")
  printf '%-10s %-4s %-8s %-8s %-6s\n' existing "$i" "$wall" "$cpu" "$(load)"
done
