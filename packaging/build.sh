#!/usr/bin/env bash
# Builds the installable AuditLens for this platform into target/packaging/:
#   Linux: the app-image auditlens/ and auditlens_<version>_<arch>.deb
#   Windows: AuditLens/ and AuditLens-<version>.msi (needs the WiX Toolset)
#   macOS: AuditLens.app and AuditLens-<version>.dmg
# on a Java runtime made by jlink from the modules jdeps finds in the jar. Needs JAVA_HOME pointing at a
# JDK 25 (jdeps, jlink, jpackage) and Maven; extra arguments go to Maven (tests are skipped: `mvn verify` runs them).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${JAVA_HOME:?point JAVA_HOME at a JDK 25, which has jdeps, jlink and jpackage}"
jdk_bin="$JAVA_HOME/bin"
out=target/packaging

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) echo "build.sh: no packaging for $(uname -s)" >&2; exit 2 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=amd64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "build.sh: no DuckDB library for $(uname -m)" >&2; exit 2 ;;
esac

# The jar for this platform: its DuckDB native library only (the plain target/auditlens.jar keeps all four).
rm -rf "$out"
mvn -B -q -Ppackage -DskipTests "-Dduckdb.platform=${os}_${arch}" "$@" package

product=target/classes/io/auditlens/about/product.properties
property() { sed -n "s/^$1=//p" "$product" | tr -d '\r'; }
version=$(property version)
# Installers want numbers only: 1.2.0-SNAPSHOT is packaged as 1.2.0 (--version still says 1.2.0-SNAPSHOT).
app_version=${version%%-*}
description=$(property description)

modules=$("$jdk_bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps "$out/input/auditlens.jar")
echo "Runtime modules: $modules"
"$jdk_bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --generate-cds-archive --output "$out/runtime"

common=(@packaging/product.args --app-version "$app_version" --description "$description")
launcher=(@packaging/app-image.args @"packaging/$os/app-image.args")
if [ "$os" = macos ]; then
  # macOS wants an .icns, made here from the committed PNGs by the system's iconutil.
  iconset="$out/auditlens.iconset"
  mkdir -p "$iconset"
  for size in 16 32 128 256 512; do
    cp "packaging/icons/auditlens-$size.png" "$iconset/icon_${size}x${size}.png"
  done
  for size in 16 32 128 256; do
    cp "packaging/icons/auditlens-$((size * 2)).png" "$iconset/icon_${size}x${size}@2x.png"
  done
  iconutil -c icns "$iconset" -o "$out/auditlens.icns"
  launcher+=(--icon "$out/auditlens.icns")
fi

mkdir -p "$out/input/icons"
cp packaging/icons/*.png "$out/input/icons/"
cp assets/sample-events.ndjson.gz "$out/input/"
"$jdk_bin/jpackage" --type app-image --dest "$out" --input "$out/input" --runtime-image "$out/runtime" \
  "${common[@]}" "${launcher[@]}"

name=$(sed -n 's/^--name //p' "packaging/$os/app-image.args")
image="$out/$name"
[ "$os" = macos ] && image="$out/$name.app"
if [ "$os" = linux ]; then packaging/aot-cache.sh "$image"; fi
case "$os" in
  linux) type=deb ;;
  windows) type=msi ;;
  macos) type=dmg ;;
esac
"$jdk_bin/jpackage" --type "$type" --dest "$out" --name "$name" --app-image "$image" "${common[@]}" \
  @"packaging/$os/$type.args"
ls -l "$out"
