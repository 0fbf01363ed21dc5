#!/usr/bin/env bash
# Checks the packages packaging/build.sh made. On Linux it unpacks the .deb into a temporary root (dpkg -x, no
# root rights, nothing registered), then: --version says the pom's version; `auditlens summarize --json` on the
# bundled sample gives the sample's counts and the same report as target/auditlens.jar; the desktop entry and
# the MIME types name all four file types; under Xvfb the window opens titled AuditLens with the sample loaded
# (no arguments) and with a file opened the way the desktop opens an associated file; screenshots are left in
# target/packaging/. On Windows and macOS it runs the command-line checks on the app-image.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/packaging
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

work=$(mktemp -d)
app_pid=
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# The installed program's settings, views and caches go to the temporary folder, not the user's.
export HOME="$work/home" AUDITLENS_CONFIG_DIR="$work/config"
mkdir -p "$HOME"

case "$(uname -s)" in
  Linux)
    deb=$(ls "$out"/auditlens_*.deb 2>/dev/null | head -n 1)
    [ -n "$deb" ] || fail "no .deb in $out: run packaging/build.sh first"
    dpkg -x "$deb" "$work/root"
    dpkg-deb -e "$deb" "$work/control"
    # What postinst does for the command on the PATH, inside the temporary root.
    grep -q '^ *ln -sf /opt/auditlens/bin/auditlens /usr/bin/auditlens$' "$work/control/postinst" \
      || fail "postinst does not put auditlens on the PATH"
    grep -q 'rm -f /usr/bin/auditlens' "$work/control/prerm" || fail "prerm does not remove /usr/bin/auditlens"
    mkdir -p "$work/root/usr/bin"
    ln -s "$work/root/opt/auditlens/bin/auditlens" "$work/root/usr/bin/auditlens"
    auditlens="$work/root/usr/bin/auditlens"
    sample="$work/root/opt/auditlens/lib/app/sample-events.ndjson.gz"
    ;;
  Darwin)
    auditlens="$out/AuditLens.app/Contents/MacOS/AuditLens"
    sample="$out/AuditLens.app/Contents/app/sample-events.ndjson.gz"
    ;;
  *)
    auditlens="$out/AuditLens/auditlens-cli.exe"
    sample="$out/AuditLens/app/sample-events.ndjson.gz"
    ;;
esac
[ -x "$auditlens" ] || fail "no launcher $auditlens"

expected_version=$(sed -n 's/^version=//p' target/classes/io/auditlens/about/product.properties | tr -d '\r')
version=$("$auditlens" --version | tr -d '\r')
[ "$version" = "AuditLens $expected_version" ] || fail "--version printed '$version', expected 'AuditLens $expected_version'"
pass "--version: $version"

# The sample: 5,000 events made by `generate --events 5000 --seed 42`, none rejected.
"$auditlens" summarize --json "$sample" | tr -d '\r' > "$work/packaged.json"
[ "$(jq .events "$work/packaged.json")" = 5000 ] || fail "summarize counted $(jq .events "$work/packaged.json") events, expected 5000"
[ "$(jq .rejected "$work/packaged.json")" = 0 ] || fail "summarize rejected lines of the sample"
[ "$(jq -r '.files[0].format' "$work/packaged.json")" = gzip+ndjson ] || fail "sample not read as gzip+ndjson"
# The packaged runtime and jar must report exactly what the development jar reports.
"${JAVA_HOME:?JAVA_HOME must point at the JDK that built the jar}/bin/java" -jar target/auditlens.jar \
  summarize --json "$sample" | tr -d '\r' > "$work/plain.json"
cmp -s "$work/packaged.json" "$work/plain.json" || fail "the package's summarize differs from target/auditlens.jar's"
pass "summarize --json on the bundled sample: 5000 events, same report as target/auditlens.jar"

[ "$(uname -s)" = Linux ] || exit 0

desktop="$work/root/opt/auditlens/lib/auditlens-auditlens.desktop"
mime="$work/root/opt/auditlens/lib/auditlens-auditlens-MimeInfo.xml"
for type in application/x-ndjson application/jsonl application/x-auditlens-json-gz application/x-auditlens-case; do
  grep -Eq "^MimeType=(.*;)?$type(;|\$)" "$desktop" || fail "the desktop entry does not list $type"
  grep -q "type=\"$type\"" "$mime" || fail "the MIME types do not define $type"
done
for glob in '\*.ndjson' '\*.jsonl' '\*.json.gz' '\*.alcase'; do
  grep -q "pattern=\"$glob\"" "$mime" || fail "no glob $glob in the MIME types"
done
grep -qx 'Exec=/opt/auditlens/bin/auditlens %F' "$desktop" || fail "the desktop entry does not pass files to the launcher"
for size in 16 32 48 64 128 256 512; do
  [ -f "$work/root/opt/auditlens/lib/app/icons/auditlens-$size.png" ] || fail "no $size pixel icon"
done
pass "desktop entry and MIME types name the four file types; icons in every size"

# Starts the window under a virtual screen with the given arguments, waits for the title that says a file is
# loaded ("AuditLens — <file name>") and then for the screen to stop changing; prints the seconds from launch
# to a visible window and to that still screen, whose screenshot it keeps.
window_check() {
  local shot=$1 title=$2; shift 2
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    shot=$1 title=$2; shift 2
    cd "'"$work"'"   # away from the checkout, whose assets/ the window would take the sample from
    start=$(date +%s.%N)
    "$@" > "'"$work"'/window.log" 2>&1 & pid=$!
    visible=
    for _ in $(seq 1 480); do
      if ! kill -0 $pid 2>/dev/null; then echo "the window process ended" >&2; cat "'"$work"'/window.log" >&2; exit 1; fi
      if [ -z "$visible" ] && xdotool search --name "^AuditLens" > /dev/null 2>&1; then
        visible=$(echo "$(date +%s.%N) - $start" | bc)
      fi
      if xdotool search --name "^AuditLens — $title\$" > /dev/null 2>&1; then break; fi
      sleep 0.25
    done
    xdotool search --name "^AuditLens — $title\$" > /dev/null 2>&1 || { echo "no window titled AuditLens — $title" >&2; kill $pid; exit 1; }
    # The title changes when the events are stored; the panels fill in after: wait for a still screen.
    import -window root "$shot"
    for _ in $(seq 1 60); do
      sleep 1
      import -window root "png:$shot.next"
      if cmp -s "$shot" "$shot.next"; then break; fi
      mv "$shot.next" "$shot"
    done
    rm -f "$shot.next"
    loaded=$(echo "$(date +%s.%N) - $start" | bc)
    kill $pid
    wait $pid 2>/dev/null || true
    echo "window visible after ${visible}s, loaded file shown after ${loaded}s (still screen)"
  ' window_check "$shot" "$title" "$@"
}

window_check "$PWD/$out/smoke-window.png" 'auditlens-sample-.*\.ndjson\.gz' "$auditlens" \
  || fail "the window did not open with the sample"
pass "the window opens titled AuditLens with the bundled sample loaded ($out/smoke-window.png)"

# What the desktop does when an associated file is opened: the entry's Exec line with %F replaced by the file.
cp "$sample" "$work/opened-export.json.gz"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
read -r -a command <<< "${exec_line/\%F/$work/opened-export.json.gz}"
command[0]=$work/root${command[0]}
window_check "$PWD/$out/smoke-open-file.png" 'opened-export\.json\.gz' "${command[@]}" \
  || fail "opening an associated file did not load it"
pass "opening an associated .json.gz file opens the window with it ($out/smoke-open-file.png)"
