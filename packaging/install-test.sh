#!/usr/bin/env bash
# Installs the .deb packaging/build.sh made for real (apt-get, as root), checks what an installed user gets, then
# removes it and checks that everything it installed is gone while the user's configuration folder stays.
# It changes the system it runs on: run it on a disposable machine or container, not on a workstation.
# smoke-test.sh is the check that needs no root rights; this one also runs the maintainer scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/packaging
fail() { echo "install test FAILED: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

[ "$(id -u)" = 0 ] || fail "run as root on a disposable machine (it installs and removes a system package)"
deb=$(ls "$out"/auditlens_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb in $out: run packaging/build.sh first"
if [ "$(dpkg-query -W -f '${Status}' auditlens 2>/dev/null)" = "install ok installed" ]; then
  fail "auditlens is already installed here; remove it first"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
config="$work/config"
mkdir -p "$config"
echo '{"kept": true}' > "$config/user-file.json"

apt-get install -y -q "$(realpath "$deb")" > "$work/install.log" 2>&1 \
  || { tail -n 20 "$work/install.log" >&2; fail "apt-get install failed"; }
[ "$(dpkg-query -W -f '${Status}' auditlens)" = "install ok installed" ] || fail "dpkg does not list it as installed"
pass "installed with its maintainer scripts ($(basename "$deb"))"

[ "$(command -v auditlens)" = /usr/bin/auditlens ] || fail "auditlens is not on the PATH"
events=$(AUDITLENS_CONFIG_DIR="$config" auditlens summarize --json /opt/auditlens/lib/app/sample-events.ndjson.gz \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
[ "$events" = 5000 ] || fail "the installed auditlens counted $events events in the sample, expected 5000"
pass "auditlens on the PATH runs the command line (5000 sample events)"
for size in 16 32 48 256; do
  [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/auditlens.png" ] || fail "no ${size}px icon installed"
done
if [ -d /etc/xdg/menus ] && [ -d /usr/share/desktop-directories ]; then
  [ -f /usr/share/applications/auditlens-auditlens.desktop ] || fail "a desktop menu exists but has no AuditLens entry"
  sample_copy="$work/events.ndjson"
  zcat /opt/auditlens/lib/app/sample-events.ndjson.gz > "$sample_copy"
  [ "$(xdg-mime query filetype "$sample_copy")" = application/x-ndjson ] || fail ".ndjson is not known as application/x-ndjson"
  [ "$(xdg-mime query default application/x-ndjson)" = auditlens-auditlens.desktop ] \
    || fail "AuditLens is not the application that opens .ndjson files"
  pass "menu entry registered; .ndjson files open with AuditLens"
else
  pass "no desktop menu on this system: the menu entry was skipped, as postinst says"
fi

# Everything the package put outside its own folder, to check after removal.
dpkg -L auditlens > "$work/files"
apt-get remove -y -q auditlens > "$work/remove.log" 2>&1 \
  || { tail -n 20 "$work/remove.log" >&2; fail "apt-get remove failed"; }
left=$(while read -r f; do [ -f "$f" ] && echo "$f"; done < "$work/files" || true)
[ -z "$left" ] || fail "files left after removal: $(echo "$left" | head -n 5 | tr '\n' ' ')"
[ ! -e /usr/bin/auditlens ] || fail "/usr/bin/auditlens is still there"
[ ! -e /opt/auditlens ] || fail "/opt/auditlens is still there"
if ls /usr/share/icons/hicolor/*/apps/auditlens.png > /dev/null 2>&1; then fail "icons left after removal"; fi
[ ! -e /usr/share/mime/packages/auditlens-auditlens-MimeInfo.xml ] || fail "file types left after removal"
[ -f "$config/user-file.json" ] || fail "the user's configuration folder was touched"
pass "removed everything it installed; the user's configuration folder stays"
