#!/usr/bin/env bash
# Reproduces the README's performance figures on this machine:
#   1. generates 1,000,000 events (seed 42) into bench-data/ (and a gzip copy) unless they are there,
#   2. builds the JMH benchmarks (profile jmh) and runs them,
#   3. prints the heap kept by a loaded store.
# Usage: scripts/bench.sh [JMH benchmark regex [JMH options]]   e.g. scripts/bench.sh LoadBenchmark
#        scripts/bench.sh ArchiveBenchmark -p index=DIR -p events=FILE
#        scripts/bench.sh cold [FILE] [ROUNDS]      cold whole-process runs instead (see scripts/bench-cold.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = cold ]; then
  shift
  exec scripts/bench-cold.sh "$@"
fi
events=bench-data/events-1m.ndjson
mvn -B -q -Pjmh package -DskipTests
mvn -B -q -Pjmh dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt
cp="target/classes:$(cat target/jmh-classpath.txt)"
mkdir -p bench-data
if [ ! -f "$events" ]; then
  java -jar target/auditlens.jar generate --events 1000000 --seed 42 --out "$events"
fi
if [ ! -f "$events.gz" ]; then
  gzip -1 -k "$events"
fi
java -cp "$cp" org.openjdk.jmh.Main "${1:-LoadBenchmark|SelectionBenchmark|FindingsBenchmark}" -p file="$events" "${@:2}"
java -cp "$cp" io.auditlens.bench.RetainedHeap "$events"
java -cp "$cp" io.auditlens.bench.RuleCpuTime "$events"
