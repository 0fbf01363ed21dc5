#!/usr/bin/env bash
# Makes a JDK 25 AOT cache for target/auditlens.jar from a training run: the classes AuditLens loads and links,
# and the method profiles it gathers, while it summarizes generated events. A JVM started with
# -XX:AOTCache=target/auditlens.aot then starts from them. The cache fits only this jar and this JDK build.
# Usage: scripts/aot-cache.sh [EVENTS]   (training events, default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/auditlens.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
train=target/aot-training.ndjson
java -jar "$jar" generate --events "${1:-200000}" --seed 7 --out "$train" > /dev/null
java -XX:AOTCacheOutput=target/auditlens.aot -jar "$jar" summarize --json "$train" > /dev/null
rm -f "$train"
echo "AOT cache: target/auditlens.aot; run with java -XX:AOTCache=target/auditlens.aot -jar $jar ..."
