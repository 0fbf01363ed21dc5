#!/usr/bin/env bash
# Cold, whole-process figures: each run is a fresh JVM, as a user's every CLI call is. Every round times
# `summarize --json FILE` once per JDK (and once with the AOT cache, when one was made), then the reference
# tools on the same file, so ratios compare figures taken minutes apart on the same (shared, noisy) machine.
# Prints min / median / max of wall time, CPU time (user + sys) and peak RSS, and each tool's median ratio.
#
# Usage: scripts/bench-cold.sh [FILE] [ROUNDS]
#   FILE     events to summarize (default bench-data/events-1m.ndjson, generated with seed 42 when missing)
#   ROUNDS   how many rounds (default 5)
# Environment:
#   JDKS     JAVA_HOMEs to compare, separated by spaces (default: the JDK that runs `java` on PATH)
#   AOT      a JDK 25 AOT cache to time as well, from `scripts/aot-cache.sh` (default target/auditlens.aot if present)
#   ANCHORS  the reference tools' script (anchors.sh: jq and DuckDB), run once per round; its figures are shown
#            beside ours, and DuckDB's load is also timed here as a whole process
#   JAVA_OPTS extra options for AuditLens's JVM (for instance -Xmx2g)
#   ALSO     more files of the same events in other forms (a JSON array, a gzip), each summarized once a round
#            with the last JDK of JDKS, and compared with FILE
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-bench-data/events-1m.ndjson}
rounds=${2:-5}
jar=target/auditlens.jar
aot=${AOT:-target/auditlens.aot}
[ -f "$jar" ] || mvn -B -q -DskipTests package
if [ -f "$aot" ] && [ "$jar" -nt "$aot" ]; then
  echo "$aot is older than $jar and would be refused by the JVM: run scripts/aot-cache.sh again" >&2
  aot=
fi
if [ ! -f "$file" ]; then
  mkdir -p "$(dirname "$file")"
  java -jar "$jar" generate --events 1000000 --seed 42 --out "$file"
fi
read -r -a jdks <<< "${JDKS:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Appends "wall cpu rss_mb" of one whole-process run of the command to $out/$1.
timed() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$out/last" "$@" > /dev/null 2> "$out/stderr" || {
    echo "$name failed:" >&2; tail -5 "$out/stderr" >&2; return 1; }
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$out/last" >> "$out/$name"
}

duck_cp() {
  local build=${XDG_CACHE_HOME:-$HOME/.cache}/auditlens-anchors
  [ -d "$build/target/dependency" ] && echo "$build/target/classes:$build/target/dependency/*"
}

cat "$file" > /dev/null # page cache warm for everyone alike
for ((r = 1; r <= rounds; r++)); do
  for jdk in "${jdks[@]}"; do
    v=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    # shellcheck disable=SC2086
    timed "auditlens-jdk$v" "$jdk/bin/java" ${JAVA_OPTS:-} -jar "$jar" summarize --json "$file"
    if [ "$v" -ge 25 ] && [ -n "$aot" ] && [ -f "$aot" ]; then
      # shellcheck disable=SC2086
      timed "auditlens-jdk$v-aot" "$jdk/bin/java" -XX:AOTCache="$aot" ${JAVA_OPTS:-} -jar "$jar" summarize --json "$file"
    fi
  done
  for other in ${ALSO:-}; do
    # shellcheck disable=SC2086
    timed "auditlens-$(basename "$other")" "${jdks[-1]}/bin/java" ${JAVA_OPTS:-} -jar "$jar" summarize --json "$other"
  done
  if [ -n "${ANCHORS:-}" ]; then
    bash "$ANCHORS" "$file" 2>/dev/null | grep -E '^(jq|duckdb)' | sed "s/^/round $r: /" >> "$out/anchors.log"
    sed -n 's/.*jq facet by action: *\([0-9.]*\) s.*/\1 0 0/p' "$out/anchors.log" | tail -1 >> "$out/jq"
    if cp=$(duck_cp); then
      timed duckdb-load java -cp "$cp" anchors.DuckLoad "$(readlink -f "$file")" "$(nproc)"
    fi
  fi
  echo "round $r of $rounds done" >&2
done

echo "file: $file ($(du -h "$file" | cut -f1)), $rounds rounds, cold whole-process runs, $(nproc) cores"
[ -f "$out/anchors.log" ] && cat "$out/anchors.log"
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%8.2f %8.2f %8.2f", v[1], v[int((NR + 1) / 2)], v[NR] }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
printf '%-22s %26s %26s %26s\n' "" "wall s (min med max)" "cpu s (min med max)" "peak RSS MB (min med max)"
for f in "$out"/auditlens-* "$out"/duckdb-load "$out"/jq; do
  [ -f "$f" ] || continue
  printf '%-22s %26s %26s %26s\n' "$(basename "$f")" "$(cut -d' ' -f1 "$f" | stats)" \
    "$(cut -d' ' -f2 "$f" | stats)" "$(cut -d' ' -f3 "$f" | stats)"
done
# Ratios round by round, so a slow moment of the machine weighs on both sides of a ratio alike.
v=$("${jdks[-1]}/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
for other in ${ALSO:-}; do
  ratio=$(paste -d' ' "$out/auditlens-$(basename "$other")" "$out/auditlens-jdk$v" | awk '{ print $1 / $4 }' | median)
  echo "$(basename "$other") wall / $(basename "$file") wall (JDK $v), median of rounds = $ratio"
done
for f in "$out"/auditlens-jdk*; do
  for ref in duckdb-load jq; do
    [ -f "$out/$ref" ] || continue
    ratio=$(paste -d' ' "$out/$ref" "$f" | awk '{ print $1 / $4 }' | median)
    echo "$(basename "$f"): $ref wall / auditlens wall, median of rounds = $ratio"
  done
done
