#!/usr/bin/env bash
# Records a JDK 25 AOT cache for a Linux app-image (packaging/build.sh calls it): one training run opens the
# window under Xvfb, which loads the bundled sample, and quits with Ctrl+Q; the JVM then writes the classes it
# loaded and linked to lib/app/auditlens.aot, and the launcher is told to use it. Measured here, the window
# shows the loaded sample about half as long after launch with the cache as without (README, Install).
# Usage: packaging/aot-cache.sh target/packaging/auditlens
set -euo pipefail
image=$(cd "$1" && pwd)
cfg="$image/lib/app/auditlens.cfg"
cache="$image/lib/app/auditlens.aot"
for tool in xvfb-run xdotool; do
  command -v "$tool" > /dev/null || { echo "aot-cache.sh: $tool not found; the package is built without an AOT cache" >&2; exit 0; }
done
# The cache is only used by a JVM started with the same options, so train with the launcher's own.
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg")
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home AUDITLENS_CONFIG_DIR=$home/config xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$@" & pid=$!
  for _ in $(seq 1 600); do
    window=$(xdotool search --name "^AuditLens — " 2> /dev/null | head -n 1) && [ -n "$window" ] && break
    sleep 0.5
  done
  [ -n "$window" ] || { echo "aot-cache.sh: the training window did not load the sample" >&2; kill $pid; exit 1; }
  sleep 3
  xdotool key --window "$window" ctrl+q
  wait $pid
' training "$image/lib/runtime/bin/java" "${options[@]}" "-XX:AOTCacheOutput=$cache" \
  -cp "$image/lib/app/auditlens.jar" io.auditlens.Main > "$home/training.log" 2>&1 \
  || { cat "$home/training.log" >&2; exit 1; }
[ -s "$cache" ] || { cat "$home/training.log" >&2; echo "aot-cache.sh: no cache written" >&2; exit 1; }
echo 'java-options=-XX:AOTCache=$APPDIR/auditlens.aot' >> "$cfg"
echo "AOT cache: $(du -h "$cache" | cut -f1)"
